package fr.sav.labelprinter;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a 1-bit image from {@link Raster} as a 1-bit greyscale PNG (its rows are already PNG's rows), with a pHYs
 * chunk recording the resolution so that the image prints at the label's size.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image, Dpi dpi) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
            png.write(SIGNATURE);
            chunk(png, "IHDR", header(image));
            chunk(png, "pHYs", resolution(dpi));
            chunk(png, "IDAT", rows(image));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a label as PNG", e);
        }
    }

    private static byte[] header(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(13);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(image.getWidth());
        out.writeInt(image.getHeight());
        out.write(new byte[] {1, 0, 0, 0, 0});
        return bytes.toByteArray();
    }

    private static byte[] resolution(Dpi dpi) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(9);
        DataOutputStream out = new DataOutputStream(bytes);
        int dotsPerMetre = (int) Math.round(dpi.value() / 0.0254);
        out.writeInt(dotsPerMetre);
        out.writeInt(dotsPerMetre);
        out.writeByte(1);
        return bytes.toByteArray();
    }

    private static byte[] rows(BufferedImage image) throws IOException {
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (image.getWidth() + 7) / 8;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bits.length / 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 8192)) {
            for (int row = 0; row < image.getHeight(); row++) {
                out.write(0);
                out.write(bits, row * stride, stride);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}

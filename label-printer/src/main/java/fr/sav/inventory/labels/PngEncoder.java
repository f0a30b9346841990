package fr.sav.inventory.labels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes PNG bytes in memory (no disk cache), recording the resolution so the image prints at its size. */
final class PngEncoder {

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image, Dpi dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata(writer, image, dpi)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a label as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, Dpi dpi)
            throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String millimetresPerPixel = Double.toString(25.4 / dpi.value());
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(node("HorizontalPixelSize", millimetresPerPixel));
        dimension.appendChild(node("VerticalPixelSize", millimetresPerPixel));
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
        return metadata;
    }

    private static IIOMetadataNode node(String name, String value) {
        IIOMetadataNode node = new IIOMetadataNode(name);
        node.setAttribute("value", value);
        return node;
    }
}

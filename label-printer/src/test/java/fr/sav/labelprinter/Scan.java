package fr.sav.labelprinter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Reads barcodes back from rendered images with ZXing, as a scanner would. */
final class Scan {

    private Scan() {
    }

    /** Reads a Code 128 or QR code from the whole image. */
    static String read(BufferedImage image, Symbology symbology) {
        return decode(image, symbology);
    }

    /**
     * Reads the code of a label rendered at scale pixels per layout dot. ZXing's Data Matrix detector starts from
     * the centre of the image and loses its way in the text beside the code (a hand-held imager does not), so a
     * Data Matrix is read from the area the layout gives it, quiet zone included.
     */
    static String read(BufferedImage image, Layout layout, double scale) {
        Layout.PlacedCode code = layout.code();
        Symbology symbology = code.symbol().barcode().symbology();
        if (symbology != Symbology.DATA_MATRIX) {
            return decode(image, symbology);
        }
        int quiet = code.symbol().quietZone() * code.module();
        int x = (int) Math.floor((code.x() - quiet) * scale);
        int y = (int) Math.floor((code.y() - quiet) * scale);
        int side = (int) Math.ceil((code.width() + 2 * quiet) * scale);
        return decode(image.getSubimage(Math.max(0, x), Math.max(0, y), Math.min(side, image.getWidth() - x),
                Math.min(side, image.getHeight() - y)), symbology);
    }

    private static String decode(BufferedImage image, Symbology symbology) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format(symbology)),
                DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new MultiFormatReader().decode(bitmap, hints).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no " + symbology + " found in a " + image.getWidth() + "x" + image.getHeight()
                    + " image", e);
        }
    }

    private static BarcodeFormat format(Symbology symbology) {
        return switch (symbology) {
            case CODE_128 -> BarcodeFormat.CODE_128;
            case QR_CODE -> BarcodeFormat.QR_CODE;
            case DATA_MATRIX -> BarcodeFormat.DATA_MATRIX;
        };
    }
}

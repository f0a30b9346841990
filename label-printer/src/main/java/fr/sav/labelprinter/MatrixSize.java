package fr.sav.labelprinter;

import com.google.zxing.WriterException;
import com.google.zxing.datamatrix.encoder.HighLevelEncoder;
import com.google.zxing.datamatrix.encoder.SymbolInfo;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.Encoder;

/** The side in modules of a 2D symbol, found from capacity tables without drawing it (as {@link Symbol} would). */
final class MatrixSize {

    private MatrixSize() {
    }

    /** The smallest QR version at level M that holds the text in the mode ZXing's encoder picks. */
    static int qr(String text) {
        Mode mode = Encoder.chooseMode(text);
        int dataBits = switch (mode) {
            case NUMERIC -> 10 * (text.length() / 3) + new int[] {0, 4, 7}[text.length() % 3];
            case ALPHANUMERIC -> 11 * (text.length() / 2) + 6 * (text.length() % 2);
            default -> 8 * text.length();
        };
        for (int number = 1; number <= 40; number++) {
            Version version = Version.getVersionForNumber(number);
            int bits = 4 + mode.getCharacterCountBits(version) + dataBits;
            int dataBytes = version.getTotalCodewords()
                    - version.getECBlocksForLevel(ErrorCorrectionLevel.M).getTotalECCodewords();
            if ((bits + 7) / 8 <= dataBytes) {
                return version.getDimensionForVersion();
            }
        }
        throw new IllegalArgumentException(new WriterException("'" + text + "' is too long for a QR code"));
    }

    /** The smallest square ECC 200 symbol that holds the text's codewords. */
    static int dataMatrix(String text) {
        String codewords = HighLevelEncoder.encodeHighLevel(text, SymbolShapeHint.FORCE_SQUARE, null, null);
        return SymbolInfo.lookup(codewords.length(), SymbolShapeHint.FORCE_SQUARE, null, null, true).getSymbolWidth();
    }
}

package fr.sav.labelprinter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Arrays;
import java.util.Map;

/**
 * A barcode encoded into modules, without its quiet zone; a linear code has one row. The dark modules are kept as
 * horizontal runs, three ints each: row, first column, length.
 */
record Symbol(Barcode barcode, int columns, int rows, int[] runs) {

    static Symbol of(Barcode barcode) {
        return switch (barcode.symbology()) {
            case CODE_128 -> linear(barcode, new Code128Writer().encode(barcode.text()));
            case QR_CODE -> qr(barcode);
            case DATA_MATRIX -> dataMatrix(barcode);
        };
    }

    /**
     * The size of the symbol as the printer will encode it, without its modules, which the printer draws: a '>'
     * in Code 128 forces subset B (see {@link ZplWriter}), 2D codes are only sized.
     */
    static Symbol sizedForZpl(Barcode barcode) {
        return switch (barcode.symbology()) {
            case CODE_128 -> barcode.text().indexOf('>') < 0 ? of(barcode) : linear(barcode,
                    new Code128Writer().encode(barcode.text(), Map.of(EncodeHintType.FORCE_CODE_SET, "B")));
            case QR_CODE -> sized(barcode, MatrixSize.qr(barcode.text()));
            case DATA_MATRIX -> sized(barcode, MatrixSize.dataMatrix(barcode.text()));
        };
    }

    private static Symbol sized(Barcode barcode, int side) {
        return new Symbol(barcode, side, side, new int[0]);
    }

    int quietZone() {
        return barcode.symbology().quietZoneModules();
    }

    private static Symbol of(Barcode barcode, BitMatrix modules) {
        int columns = modules.getWidth();
        int rows = modules.getHeight();
        int[] runs = new int[3 * rows * ((columns + 1) / 2)];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            int column = 0;
            while (column < columns) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int first = column;
                while (column < columns && modules.get(column, row)) {
                    column++;
                }
                runs[count++] = row;
                runs[count++] = first;
                runs[count++] = column - first;
            }
        }
        return new Symbol(barcode, columns, rows, Arrays.copyOf(runs, count));
    }

    private static Symbol linear(Barcode barcode, boolean[] bars) {
        BitMatrix matrix = new BitMatrix(bars.length, 1);
        for (int i = 0; i < bars.length; i++) {
            if (bars[i]) {
                matrix.set(i, 0);
            }
        }
        return of(barcode, matrix);
    }

    private static Symbol qr(Barcode barcode) {
        try {
            ByteMatrix code = Encoder.encode(barcode.text(), ErrorCorrectionLevel.M).getMatrix();
            BitMatrix matrix = new BitMatrix(code.getWidth(), code.getHeight());
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    if (code.get(x, y) == 1) {
                        matrix.set(x, y);
                    }
                }
            }
            return of(barcode, matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode '" + barcode.text() + "' as a QR code", e);
        }
    }

    private static Symbol dataMatrix(Barcode barcode) {
        BitMatrix matrix = new DataMatrixWriter().encode(barcode.text(), BarcodeFormat.DATA_MATRIX, 0, 0,
                Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
        return of(barcode, matrix);
    }
}

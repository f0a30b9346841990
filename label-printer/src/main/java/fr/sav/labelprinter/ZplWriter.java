package fr.sav.labelprinter;

/**
 * Writes one label as ZPL II: the printer draws the codes itself (^BC, ^BQ, ^BX) at the module sizes of the
 * layout, and every field goes through ^FH so that no text can inject a command.
 */
final class ZplWriter {

    /** The escape character given to ^BX, so that it does not depend on the firmware's default. */
    static final char DATA_MATRIX_ESCAPE = '`';

    /** The most ^BY, ^BQ accept as module size. */
    static final int MAX_MODULE_DOTS = 10;

    private ZplWriter() {
    }

    static void append(StringBuilder out, Layout layout, int copies) {
        out.append("^XA\n^CI28\n^PW").append(layout.width()).append("\n^LL").append(layout.height())
                .append("\n^LH0,0\n");
        code(out, layout.code());
        for (Layout.PlacedText text : layout.texts()) {
            out.append("^FO").append(text.x()).append(',').append(text.top())
                    .append("^A0N,").append(text.size()).append(',').append(text.size());
            field(out, text.text());
        }
        out.append("^PQ").append(copies).append("\n^XZ\n");
    }

    private static void code(StringBuilder out, Layout.PlacedCode code) {
        Barcode barcode = code.symbol().barcode();
        out.append("^FO").append(code.x()).append(',').append(code.y());
        switch (barcode.symbology()) {
            case CODE_128 -> {
                boolean literalMode = barcode.text().indexOf('>') >= 0;
                out.append("^BY").append(code.module()).append("^BCN,").append(code.barHeight())
                        .append(",N,N,N,").append(literalMode ? 'N' : 'A');
                field(out, literalMode ? ">:" + barcode.text().replace(">", ">0") : barcode.text());
            }
            case QR_CODE -> {
                out.append("^BQN,2,").append(code.module());
                field(out, "MA," + barcode.text());
            }
            case DATA_MATRIX -> {
                out.append("^BXN,").append(code.module()).append(",200,0,0,6,").append(DATA_MATRIX_ESCAPE).append(",1");
                field(out, barcode.text().replace(String.valueOf(DATA_MATRIX_ESCAPE), DATA_MATRIX_ESCAPE + "d096"));
            }
        }
    }

    private static void field(StringBuilder out, String data) {
        out.append("^FH").append(ZplField.HEX_INDICATOR).append("^FD").append(ZplField.escape(data)).append("^FS\n");
    }
}

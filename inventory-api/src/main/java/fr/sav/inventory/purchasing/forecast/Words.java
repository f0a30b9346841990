package fr.sav.inventory.purchasing.forecast;

/** Numbers as a buyer reads them: at most two decimals (or as many as asked), no trailing zeros. */
final class Words {

    private Words() {
    }

    static String number(double value) {
        return number(value, 2);
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder out = new StringBuilder(12);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String text = Long.toString(fraction);
            out.append('.');
            for (int pad = text.length(); pad < digits; pad++) {
                out.append('0');
            }
            out.append(text);
        }
        return out.toString();
    }
}

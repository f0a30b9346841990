package fr.sav.labelprinter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Width and height of a label in millimetres, within what label printers and A4 sheets carry. */
public record LabelSize(double widthMm, double heightMm) {

    /** A common small part label. */
    public static final LabelSize MM_50X30 = new LabelSize(50, 30);
    /** A common shelf or bin label. */
    public static final LabelSize MM_100X50 = new LabelSize(100, 50);
    /** A 2.25 x 1.25 inch label. */
    public static final LabelSize MM_57X32 = new LabelSize(57, 32);

    static final double MIN_WIDTH = 15;
    static final double MAX_WIDTH = 220;
    static final double MIN_HEIGHT = 10;
    static final double MAX_HEIGHT = 300;

    private static final Pattern TEXT =
            Pattern.compile("\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*[x×*]\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(?:mm)?\\s*",
                    Pattern.CASE_INSENSITIVE);

    public LabelSize {
        if (!(widthMm >= MIN_WIDTH && widthMm <= MAX_WIDTH && heightMm >= MIN_HEIGHT && heightMm <= MAX_HEIGHT)) {
            throw new IllegalArgumentException("label size " + format(widthMm) + "x" + format(heightMm)
                    + " mm is outside " + format(MIN_WIDTH) + "x" + format(MIN_HEIGHT)
                    + " to " + format(MAX_WIDTH) + "x" + format(MAX_HEIGHT) + " mm");
        }
    }

    /** Reads "WxH" in millimetres, such as "50x30", "57x32" or "99.1x38.1". */
    public static LabelSize parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("label size must read WIDTHxHEIGHT in mm, like 50x30; got '" + text + "'");
        }
        return new LabelSize(number(matcher.group(1)), number(matcher.group(2)));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static String format(double mm) {
        return mm == Math.rint(mm) ? Long.toString((long) mm) : String.format(Locale.ROOT, "%s", mm);
    }

    @Override
    public String toString() {
        return format(widthMm) + "x" + format(heightMm);
    }
}

package fr.sav.labelprinter;

/** Makes a line of text fit a width in dots: a smaller size first where allowed, then an ellipsis. */
final class TextFit {

    private TextFit() {
    }

    static int width(String text, int size) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += LabelFont.advance(text.charAt(i));
        }
        return (int) Math.ceil(ems * size);
    }

    /** The largest size between min and size at which the text fits, or min when none does. */
    static int shrink(String text, int size, int min, int maxWidth) {
        int fitting = size;
        while (fitting > min && width(text, fitting) > maxWidth) {
            fitting--;
        }
        return fitting;
    }

    /** The text itself when it fits, else its longest prefix followed by an ellipsis that does, maybe empty. */
    static String shorten(String text, int size, int maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        double room = (double) maxWidth / size - LabelFont.advance(PrintableText.ELLIPSIS);
        double used = 0;
        int end = 0;
        while (end < text.length() && used + LabelFont.advance(text.charAt(end)) <= room) {
            used += LabelFont.advance(text.charAt(end));
            end++;
        }
        return room < 0 ? "" : text.substring(0, end).stripTrailing() + PrintableText.ELLIPSIS;
    }
}

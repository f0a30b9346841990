package fr.sav.labelprinter;

/** A label and how many copies of it to print, 1 to 10,000. */
public record LabelCopies(Label label, int copies) {

    static final int MAX_COPIES = 10_000;

    public LabelCopies {
        if (label == null) {
            throw new IllegalArgumentException("a label is needed");
        }
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 1 and " + MAX_COPIES + ", got " + copies);
        }
    }

    /** One copy of the label. */
    public static LabelCopies one(Label label) {
        return new LabelCopies(label, 1);
    }
}

package fr.sav.labelprinter;

import java.util.Locale;

/** Refuses a code that would only fit the label at a module too small to scan; the code is never truncated. */
public final class CodeDoesNotFit extends RuntimeException {

    private final transient Barcode barcode;
    private final transient LabelSize size;
    private final transient Dpi dpi;

    CodeDoesNotFit(Barcode barcode, LabelSize size, Dpi dpi, String shortfall) {
        super(String.format(Locale.ROOT, "%s '%s' (%d characters) does not fit a %s mm label at %s: %s",
                barcode.symbology(), barcode.text(), barcode.text().length(), size, dpi, shortfall));
        this.barcode = barcode;
        this.size = size;
        this.dpi = dpi;
    }

    public Barcode barcode() {
        return barcode;
    }

    public LabelSize size() {
        return size;
    }

    public Dpi dpi() {
        return dpi;
    }
}

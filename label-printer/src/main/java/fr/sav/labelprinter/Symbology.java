package fr.sav.labelprinter;

/** A barcode symbology with the rules that keep it scannable: quiet zone and smallest module. */
public enum Symbology {

    /** Linear Code 128: printable ASCII, at least 10 blank modules on each side. */
    CODE_128("Code 128", false, 10, 0.16, 2),
    /** QR Code, error correction M: at least 4 blank modules around it. */
    QR_CODE("QR Code", true, 4, 0.33, 3),
    /** Data Matrix ECC 200, square: 2 blank modules around it (the standard asks 1). */
    DATA_MATRIX("Data Matrix", true, 2, 0.33, 3);

    private final String displayName;
    private final boolean twoDimensional;
    private final int quietZoneModules;
    private final double minModuleMm;
    private final int minModuleDots;

    Symbology(String displayName, boolean twoDimensional, int quietZoneModules, double minModuleMm, int minModuleDots) {
        this.displayName = displayName;
        this.twoDimensional = twoDimensional;
        this.quietZoneModules = quietZoneModules;
        this.minModuleMm = minModuleMm;
        this.minModuleDots = minModuleDots;
    }

    public boolean twoDimensional() {
        return twoDimensional;
    }

    public int quietZoneModules() {
        return quietZoneModules;
    }

    /** The smallest module, in dots, that still prints and scans reliably at this resolution. */
    public int minModuleDots(Dpi dpi) {
        return Math.max(minModuleDots, (int) Math.ceil(minModuleMm * dpi.value() / 25.4 - 0.05));
    }

    @Override
    public String toString() {
        return displayName;
    }
}

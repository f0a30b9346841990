package fr.sav.inventory.purchasing.forecast;

/**
 * The Syntetos–Boylan–Croston demand classes, cut at an average inter-demand interval (ADI) of 1.32 weeks
 * and a squared coefficient of variation of the demand sizes (CV²) of 0.49.
 */
public enum DemandClass {

    /** Demand nearly every week with steady sizes: ADI &lt; 1.32 and CV² &lt; 0.49. */
    SMOOTH(false),
    /** Demand nearly every week with sizes that vary a lot: ADI &lt; 1.32 and CV² ≥ 0.49. */
    ERRATIC(false),
    /** Many weeks without demand, steady sizes when it comes: ADI ≥ 1.32 and CV² &lt; 0.49. */
    INTERMITTENT(true),
    /** Many weeks without demand and sizes that vary a lot: ADI ≥ 1.32 and CV² ≥ 0.49. */
    LUMPY(true);

    public static final double ADI_CUT_OFF = 1.32;
    public static final double CV2_CUT_OFF = 0.49;

    private final boolean intermittent;

    DemandClass(boolean intermittent) {
        this.intermittent = intermittent;
    }

    public static DemandClass of(double adi, double cv2) {
        boolean variable = cv2 >= CV2_CUT_OFF;
        if (adi < ADI_CUT_OFF) {
            return variable ? ERRATIC : SMOOTH;
        }
        return variable ? LUMPY : INTERMITTENT;
    }

    /** Whether weeks without demand are common, so that Croston-type methods fit better than SES. */
    public boolean intermittent() {
        return intermittent;
    }
}

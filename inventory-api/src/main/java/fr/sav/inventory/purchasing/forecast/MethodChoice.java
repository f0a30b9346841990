package fr.sav.inventory.purchasing.forecast;

/** How a policy picks the forecasting method once the history is long enough to smooth. */
public enum MethodChoice {

    /** TSB when demand is dying out, else SBA for intermittent and lumpy demand and SES for smooth and erratic. */
    AUTO {
        @Override
        Method pick(DemandClass demandClass, boolean dyingOut) {
            if (dyingOut) {
                return Method.TSB;
            }
            return demandClass.intermittent() ? Method.SBA : Method.SES;
        }
    },
    /** SES for every part (for comparison). */
    SES {
        @Override
        Method pick(DemandClass demandClass, boolean dyingOut) {
            return Method.SES;
        }
    },
    /** Croston for every part (for comparison). */
    CROSTON {
        @Override
        Method pick(DemandClass demandClass, boolean dyingOut) {
            return Method.CROSTON;
        }
    },
    /** SBA for every part (for comparison). */
    SBA {
        @Override
        Method pick(DemandClass demandClass, boolean dyingOut) {
            return Method.SBA;
        }
    },
    /** TSB for every part (for comparison). */
    TSB {
        @Override
        Method pick(DemandClass demandClass, boolean dyingOut) {
            return Method.TSB;
        }
    };

    abstract Method pick(DemandClass demandClass, boolean dyingOut);
}

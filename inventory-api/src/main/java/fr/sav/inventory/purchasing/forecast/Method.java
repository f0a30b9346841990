package fr.sav.inventory.purchasing.forecast;

/** A forecasting method: a pure function from a weekly history to a forecast per week and its one-step error. */
public enum Method {

    /** Simple exponential smoothing of every week's demand: for smooth and erratic demand. */
    SES {
        @Override
        Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
            return ExponentialSmoothing.forecast(demand, profile, smoothing.sesAlpha());
        }

        @Override
        String describe(Smoothing smoothing, Prior prior, DemandProfile profile) {
            return "SES (simple exponential smoothing, α " + Words.number(smoothing.sesAlpha()) + ")";
        }
    },
    /** Croston: smoothed size / smoothed interval, both updated only in weeks with demand; biased high. */
    CROSTON {
        @Override
        Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
            return Croston.forecast(demand, profile, smoothing.crostonAlpha(), 1, CROSTON);
        }

        @Override
        String describe(Smoothing smoothing, Prior prior, DemandProfile profile) {
            return "CROSTON (smoothed size / smoothed interval, α " + Words.number(smoothing.crostonAlpha()) + ")";
        }
    },
    /** Croston times the Syntetos–Boylan factor 1 − α/2, which removes its bias: for intermittent and lumpy demand. */
    SBA {
        @Override
        Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
            return Croston.forecast(demand, profile, smoothing.crostonAlpha(), factor(smoothing), SBA);
        }

        @Override
        String describe(Smoothing smoothing, Prior prior, DemandProfile profile) {
            return "SBA (Croston's smoothed size / smoothed interval × (1 − α/2) = " + Words.number(factor(smoothing))
                    + ", α " + Words.number(smoothing.crostonAlpha()) + ")";
        }

        private double factor(Smoothing smoothing) {
            return 1 - smoothing.crostonAlpha() / 2;
        }
    },
    /** Teunter–Syntetos–Babai: smoothed demand probability, updated every week, × smoothed size: for dying demand. */
    TSB {
        @Override
        Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
            return Tsb.forecast(demand, profile, smoothing.tsbAlpha(), smoothing.tsbBeta());
        }

        @Override
        String describe(Smoothing smoothing, Prior prior, DemandProfile profile) {
            return "TSB (demand probability smoothed every week, β " + Words.number(smoothing.tsbBeta())
                    + ", × smoothed size, α " + Words.number(smoothing.tsbAlpha()) + ")";
        }
    },
    /** Too little history to smooth: the total spread over at least the prior's weeks (see {@link Prior}). */
    PRIOR {
        @Override
        Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
            return prior.forecast(profile);
        }

        @Override
        String describe(Smoothing smoothing, Prior prior, DemandProfile profile) {
            return "PRIOR (history too short to smooth: fewer than " + prior.minimumWeeks() + " weeks or "
                    + prior.minimumDemands() + " weeks with demand; " + profile.totalPieces() + " pieces spread over "
                    + prior.spread(profile) + " weeks)";
        }
    };

    /** This method's forecast of the history, its profile already computed. */
    public Forecast forecast(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior) {
        if (profile.demandWeeks() == 0) {
            return new Forecast(this, 0, 0);
        }
        return smooth(demand, profile, smoothing, prior);
    }

    public Forecast forecast(WeeklyDemand demand, Smoothing smoothing) {
        return forecast(demand, DemandProfile.of(demand), smoothing, Prior.DEFAULT);
    }

    abstract Forecast smooth(WeeklyDemand demand, DemandProfile profile, Smoothing smoothing, Prior prior);

    abstract String describe(Smoothing smoothing, Prior prior, DemandProfile profile);
}

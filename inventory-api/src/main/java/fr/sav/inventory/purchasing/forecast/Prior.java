package fr.sav.inventory.purchasing.forecast;

/**
 * The fallback for a history too short to smooth (fewer than {@code minimumWeeks} weeks or fewer than
 * {@code minimumDemands} weeks with demand): demand is taken as compound Poisson observed over
 * N = max(weeks, spreadWeeks) weeks, so the rate is total / N pieces per week and the spread of one week
 * is √(Σ size² / N). A single early demand is thus spread over at least {@code spreadWeeks} weeks.
 */
public record Prior(int minimumWeeks, int minimumDemands, int spreadWeeks) {

    /** 13 weeks, 2 weeks with demand, spread over at least 26 weeks. */
    public static final Prior DEFAULT = new Prior(13, 2, 26);

    public Prior {
        if (minimumWeeks < 1 || minimumDemands < 1 || spreadWeeks < 1) {
            throw new IllegalArgumentException("the prior needs positive weeks and demands, not "
                    + minimumWeeks + ", " + minimumDemands + ", " + spreadWeeks);
        }
    }

    public boolean applies(DemandProfile profile) {
        return profile.weeks() < minimumWeeks || profile.demandWeeks() < minimumDemands;
    }

    /** The weeks the observed demand is spread over. */
    public int spread(DemandProfile profile) {
        return Math.max(profile.weeks(), spreadWeeks);
    }

    Forecast forecast(DemandProfile profile) {
        int weeks = spread(profile);
        return new Forecast(Method.PRIOR, (double) profile.totalPieces() / weeks,
                Math.sqrt(profile.sumOfSquares() / weeks));
    }
}

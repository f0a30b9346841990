package fr.sav.inventory.purchasing.forecast;

/**
 * The second and third moments of a demand's size over its mean, E[Y²]/E[Y] and E[Y³]/E[Y], guarded against the
 * lumps a short history has not shown yet: each is the larger of the observed one and that of a lognormal
 * fitted to the n log sizes (mean m), its log-variance shrunk toward ln(1 + 0.49) = 0.3988 (the lumpy cut-off
 * CV² 0.49) as if 20 more demands had shown it: s² = (20 × 0.3988 + Σ (ln y − m)²) / (20 + n). Then
 * E[Y²]/E[Y] = e^(m + 1.5 s²) and E[Y³]/E[Y] = e^(2m + 4 s²).
 */
record SizeMoments(double second, double third) {

    static final double PRIOR_LOG_VARIANCE = Math.log(1 + DemandClass.CV2_CUT_OFF);
    static final int PRIOR_DEMANDS = 20;

    static SizeMoments of(DemandProfile profile) {
        int demands = profile.demandWeeks();
        double total = profile.totalPieces();
        double meanLog = profile.sumOfLogs() / demands;
        double spread = Math.max(0, profile.sumOfSquaredLogs() - demands * meanLog * meanLog);
        double logVariance = (PRIOR_DEMANDS * PRIOR_LOG_VARIANCE + spread) / (PRIOR_DEMANDS + demands);
        return new SizeMoments(Math.max(profile.sumOfSquares() / total, Math.exp(meanLog + 1.5 * logVariance)),
                Math.max(profile.sumOfCubes() / total, Math.exp(2 * meanLog + 4 * logVariance)));
    }
}

package fr.sav.inventory.purchasing.forecast;

/**
 * How far the position has already fallen below the reorder point when a weekly check finds it below. With
 * weekly sizes Y the renewal undershoot has P(U = u) = P(Y &gt; u) / E[Y], so E[U] = E[Y²]/2E[Y] − ½ and
 * E[U²] = E[Y³]/3E[Y] − E[Y²]/2E[Y] + 1/6, the size moments guarded by {@link SizeMoments}. Zero for a
 * demand that is always one piece.
 */
public record Undershoot(double mean, double variance) {

    public static final Undershoot NONE = new Undershoot(0, 0);

    public static Undershoot of(DemandProfile profile) {
        if (profile.totalPieces() == 0) {
            return NONE;
        }
        SizeMoments sizes = SizeMoments.of(profile);
        double mean = sizes.second() / 2 - 0.5;
        double square = sizes.third() / 3 - sizes.second() / 2 + 1.0 / 6;
        return new Undershoot(mean, Math.max(0, square - mean * mean));
    }
}

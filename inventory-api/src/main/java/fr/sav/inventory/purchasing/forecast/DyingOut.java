package fr.sav.inventory.purchasing.forecast;

/**
 * Demand is dying out when, with at least two demands seen, the weeks since the last demand exceed
 * {@code factor} × the mean interval between demands up to it. With demand in a share p of the weeks,
 * a run that long happens by chance with probability about e^(−factor): 5 % for the default 3.
 */
public record DyingOut(double factor) {

    public static final DyingOut DEFAULT = new DyingOut(3);

    public DyingOut {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("the dying-out factor must be positive, not " + factor);
        }
    }

    public boolean test(DemandProfile profile) {
        return profile.demandWeeks() >= 2 && profile.weeksSinceLastDemand() > factor * profile.meanInterval();
    }
}

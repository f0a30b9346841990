package fr.sav.inventory.purchasing.forecast;

import java.nio.file.Path;

/**
 * The simulator's command line: the demand history file and the replay's parameters, with their defaults. Lead
 * time, review, warm-up and cover count in the file's buckets ({@code --period}, weeks unless said otherwise).
 */
record SimulationSettings(Path file, int leadTimeWeeks, double serviceLevel, double reviewWeeks, int warmUpWeeks,
                          int coverWeeks, boolean undershoot, Period period, boolean bootstrap, int noDemandStock,
                          Pooling pooling, double poolWeight) {

    /** Whose sizes a part's bootstrap mixes in: none, its family's (the part id up to its first '-'), every part's. */
    enum Pooling { NONE, FAMILY, ALL }

    static final double POOL_WEIGHT = 32;

    static final String USAGE = """
            usage: PolicySimulator [options] FILE.csv
              --period=week|month    length of the file's buckets (default week); the options below count in them
              --lead-time=N          supplier lead time in whole buckets (default 2 weeks, 1 month)
              --service-level=P      target cycle service level (default 0.95)
              --review=N             review period: buckets of forecast above the reorder point (default 4 weeks, 1 month)
              --warm-up=N            buckets of history before the replay starts (default 52 weeks, 24 months)
              --cover=N              baseline order-up-to cover in buckets of average demand (default 8 weeks, 2 months)
              --no-undershoot        do not cover the review undershoot in the reorder point
              --no-bootstrap         fitted distributions for every part, no bootstrap for intermittent and lumpy ones
              --no-demand-stock=N    pieces held for a part without demand in its history, a new part (default 0)
              --pool=family|all|none whose warm-up sizes a part's bootstrap mixes in (default family: the id up to '-')
              --pool-weight=K        pseudo-sizes the pool is worth against a part's own n sizes (default 32)""";

    /** Weekly buckets. */
    SimulationSettings(Path file, int leadTimeWeeks, double serviceLevel, double reviewWeeks, int warmUpWeeks,
                       int coverWeeks, boolean undershoot) {
        this(file, leadTimeWeeks, serviceLevel, reviewWeeks, warmUpWeeks, coverWeeks, undershoot, Period.WEEK, true, 0, Pooling.FAMILY,
                POOL_WEIGHT);
    }

    static SimulationSettings parse(String... args) {
        Period period = Period.WEEK;
        for (String arg : args) {
            if (arg.startsWith("--period=")) {
                period = switch (arg.substring("--period=".length())) {
                    case "week" -> Period.WEEK;
                    case "month" -> Period.MONTH;
                    default -> throw new IllegalArgumentException("the period is week or month, not " + arg);
                };
            }
        }
        boolean monthly = period == Period.MONTH;
        Path file = null;
        int leadTime = monthly ? 1 : 2;
        double serviceLevel = 0.95;
        double review = monthly ? 1 : 4;
        int warmUp = monthly ? 24 : 52;
        int cover = monthly ? 2 : 8;
        boolean undershoot = true;
        boolean bootstrap = true;
        int noDemandStock = 0;
        Pooling pooling = Pooling.FAMILY;
        double poolWeight = POOL_WEIGHT;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--period=")) {
                continue;
            } else if (arg.startsWith("--lead-time=")) {
                leadTime = Integer.parseInt(value);
            } else if (arg.startsWith("--service-level=")) {
                serviceLevel = Double.parseDouble(value);
            } else if (arg.startsWith("--review=")) {
                review = Double.parseDouble(value);
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Integer.parseInt(value);
            } else if (arg.startsWith("--cover=")) {
                cover = Integer.parseInt(value);
            } else if (arg.equals("--no-undershoot")) {
                undershoot = false;
            } else if (arg.equals("--no-bootstrap")) {
                bootstrap = false;
            } else if (arg.startsWith("--no-demand-stock=")) {
                noDemandStock = Integer.parseInt(value);
            } else if (arg.startsWith("--pool=")) {
                pooling = switch (value) {
                    case "family" -> Pooling.FAMILY;
                    case "all" -> Pooling.ALL;
                    case "none" -> Pooling.NONE;
                    default -> throw new IllegalArgumentException("the pool is family, all or none, not " + value);
                };
            } else if (arg.startsWith("--pool-weight=")) {
                poolWeight = Double.parseDouble(value);
            } else if (arg.startsWith("--") || file != null) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no demand history file given");
        }
        if (leadTime < 0 || warmUp < 1 || cover < 1 || noDemandStock < 0 || !(poolWeight >= 0)) {
            throw new IllegalArgumentException(
                    "lead time, stock without demand and pool weight must be 0 or more, warm-up and cover 1 or more");
        }
        return new SimulationSettings(file, leadTime, serviceLevel, review, warmUp, cover, undershoot, period, bootstrap,
                noDemandStock, pooling, poolWeight);
    }

    ReorderPolicy policy(MethodChoice choice) {
        return policy(choice, serviceLevel);
    }

    ReorderPolicy policy(MethodChoice choice, double level) {
        return new ReorderPolicy(new PolicySettings(level, reviewWeeks, undershoot,
                Forecaster.DEFAULT.withPrior(period.prior()), period, bootstrap, noDemandStock,
                pooling == Pooling.NONE ? 0 : poolWeight).choosing(choice));
    }

    /** The pools of sizes of a data set's warm-up, as the settings ask. */
    SizePools pools(java.util.List<Series> series) {
        return pooling == Pooling.NONE ? SizePools.NONE : SizePools.of(series, warmUpWeeks, pooling == Pooling.ALL);
    }

    /** The lead time in days, as the policy takes it. */
    int leadTimeDays() {
        return leadTimeWeeks * period.days();
    }
}

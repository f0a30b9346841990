package fr.sav.inventory.purchasing.forecast;

import java.nio.file.Path;

/** The simulator's command line: the demand history file and the replay's parameters, with their defaults. */
record SimulationSettings(Path file, int leadTimeWeeks, double serviceLevel, double reviewWeeks, int warmUpWeeks,
                          int coverWeeks, boolean undershoot) {

    static final String USAGE = """
            usage: PolicySimulator [options] FILE.csv
              --lead-time=WEEKS      supplier lead time in whole weeks (default 2)
              --service-level=P      target cycle service level (default 0.95)
              --review=WEEKS         review period: weeks of forecast above the reorder point (default 4)
              --warm-up=WEEKS        weeks of history before the replay starts (default 52)
              --cover=WEEKS          baseline order-up-to cover in weeks of average demand (default 8)
              --no-undershoot        do not cover the weekly-review undershoot in the reorder point""";

    static SimulationSettings parse(String... args) {
        Path file = null;
        int leadTime = 2;
        double serviceLevel = 0.95;
        double review = 4;
        int warmUp = 52;
        int cover = 8;
        boolean undershoot = true;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--lead-time=")) {
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
            } else if (arg.startsWith("--") || file != null) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no demand history file given");
        }
        if (leadTime < 0 || warmUp < 1 || cover < 1) {
            throw new IllegalArgumentException("lead time must be 0 or more, warm-up and cover 1 or more");
        }
        return new SimulationSettings(file, leadTime, serviceLevel, review, warmUp, cover, undershoot);
    }

    ReorderPolicy policy(MethodChoice choice) {
        return new ReorderPolicy(new PolicySettings(serviceLevel, reviewWeeks, undershoot, Forecaster.DEFAULT)
                .choosing(choice));
    }
}

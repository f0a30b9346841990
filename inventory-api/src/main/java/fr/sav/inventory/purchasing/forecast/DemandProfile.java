package fr.sav.inventory.purchasing.forecast;

/**
 * What one pass over a demand history tells: counts and sums of the non-zero weekly sizes (their squares, cubes,
 * logarithms and squared logarithms) and the last week with demand. ADI = weeks of history / weeks with demand
 * (the average inter-demand interval, trailing weeks without demand included); CV² = population variance of
 * the non-zero weekly sizes / their mean squared.
 */
public record DemandProfile(int weeks, int demandWeeks, long totalPieces, double sumOfSquares,
                            double sumOfCubes, double sumOfLogs, double sumOfSquaredLogs, int lastDemandWeek) {

    public static DemandProfile of(WeeklyDemand demand) {
        int demandWeeks = 0;
        long total = 0;
        double squares = 0;
        double cubes = 0;
        double logs = 0;
        double squaredLogs = 0;
        int last = -1;
        for (int week = 0; week < demand.weeks(); week++) {
            int pieces = demand.at(week);
            if (pieces > 0) {
                demandWeeks++;
                total += pieces;
                double size = pieces;
                squares += size * size;
                cubes += size * size * size;
                double log = Math.log(size);
                logs += log;
                squaredLogs += log * log;
                last = week;
            }
        }
        return new DemandProfile(demand.weeks(), demandWeeks, total, squares, cubes, logs, squaredLogs, last);
    }

    /** Average inter-demand interval in weeks; infinite without any demand. */
    public double adi() {
        return demandWeeks == 0 ? Double.POSITIVE_INFINITY : (double) weeks / demandWeeks;
    }

    /** Squared coefficient of variation of the non-zero sizes; 0 with fewer than two demands. */
    public double cv2() {
        if (demandWeeks == 0) {
            return 0;
        }
        double mean = (double) totalPieces / demandWeeks;
        return Math.max(0, sumOfSquares / demandWeeks / (mean * mean) - 1);
    }

    public DemandClass demandClass() {
        return DemandClass.of(adi(), cv2());
    }

    /** Mean size of a week with demand. */
    public double meanSize() {
        return demandWeeks == 0 ? 0 : (double) totalPieces / demandWeeks;
    }

    /**
     * Mean interval between demands up to the last one, the first counted from the start of the history:
     * (last demand week + 1) / demand weeks. This is also Croston's initial interval.
     */
    public double meanInterval() {
        return demandWeeks == 0 ? Double.POSITIVE_INFINITY : (lastDemandWeek + 1.0) / demandWeeks;
    }

    /** Weeks since the last demand (the whole history when there was none). */
    public int weeksSinceLastDemand() {
        return weeks - 1 - lastDemandWeek;
    }
}

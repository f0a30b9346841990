package fr.sav.inventory.purchasing.forecast;

import java.util.Arrays;

/** Weekly histories written the way the worked examples read: "0 0 4 0 2 0". */
final class Histories {

    private Histories() {
    }

    static WeeklyDemand weeks(String pieces) {
        String trimmed = pieces.strip();
        if (trimmed.isEmpty()) {
            return WeeklyDemand.of();
        }
        return WeeklyDemand.of(Arrays.stream(trimmed.split("\\s+")).mapToInt(Integer::parseInt).toArray());
    }

    static WeeklyDemand repeated(int pieces, int weeks) {
        int[] history = new int[weeks];
        Arrays.fill(history, pieces);
        return WeeklyDemand.of(history);
    }
}

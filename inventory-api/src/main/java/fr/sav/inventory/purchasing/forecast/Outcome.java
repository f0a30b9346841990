package fr.sav.inventory.purchasing.forecast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A rule's tallies over a data set, for all parts and by demand class of the whole series. */
record Outcome(Tally all, Map<DemandClass, Tally> byClass) {

    static Outcome replay(List<Series> series, StockRule rule, int warmUpWeeks, int leadTimeWeeks) {
        Tally all = Tally.NONE;
        Map<DemandClass, Tally> byClass = new EnumMap<>(DemandClass.class);
        for (Series one : series) {
            Tally tally = Replay.run(one.demand(), rule.forPart(one), one.replayFrom(warmUpWeeks), leadTimeWeeks);
            all = all.plus(tally);
            byClass.merge(DemandProfile.of(one.demand()).demandClass(), tally, Tally::plus);
        }
        return new Outcome(all, byClass);
    }

    Tally of(DemandClass demandClass) {
        return byClass.getOrDefault(demandClass, Tally.NONE);
    }
}

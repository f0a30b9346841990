package fr.sav.csvimport;

import java.util.List;

/** The condition of counted stock, as the service names it, read from English or French words. */
public enum StockCondition {
    /** Neuf: from a supplier, never used. */
    NEW("neuf", "neuve", "new"),
    /** Réparé: a fault was fixed, tested. */
    REPAIRED("réparé", "réparée", "repaired", "repair"),
    /** Reconditionné: fully refurbished, graded as good as new. */
    RECONDITIONED("reconditionné", "reconditionnée", "remis en état", "reconditioned", "refurbished", "recond"),
    /** D'occasion: harvested from a scrapped appliance, tested. */
    USED("occasion", "d'occasion", "used", "second hand", "seconde main"),
    /** À réparer: came back faulty and must be inspected; never usable for a repair. */
    DEFECTIVE("défectueux", "défectueuse", "défectueux/à réparer", "à réparer", "usagé", "hs", "hors service",
            "en panne", "defective", "faulty", "broken");

    private final List<String> words;

    StockCondition(String... words) {
        this.words = java.util.Arrays.stream(words).map(HeaderName::normalize).toList();
    }

    static StockCondition parse(String text) {
        String word = HeaderName.normalize(text);
        for (StockCondition condition : values()) {
            if (condition.words.contains(word) || HeaderName.normalize(condition.name()).equals(word)) {
                return condition;
            }
        }
        throw new CellRejected(RowRule.UNKNOWN_CONDITION, "is not a known condition: use NEW, REPAIRED, RECONDITIONED, USED or DEFECTIVE "
                + "(or neuf, réparé, reconditionné, occasion, défectueux)", "allowed",
                java.util.Arrays.stream(values()).map(Enum::name).toList());
    }
}

package fr.sav.csvimport;

import java.util.Set;

/** Yes and no as spreadsheets write them: oui/non, yes/no, o/n, y/n, 1/0, true/false, vrai/faux, x. */
final class YesNo {

    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "1", "true", "vrai", "x");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "false", "faux");

    private YesNo() {
    }

    static boolean parse(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String word = YES.contains(lower) || NO.contains(lower) ? lower : HeaderName.normalize(text);
        if (YES.contains(word) || text.equals("✓") || text.equals("✔")) {
            return true;
        }
        if (NO.contains(word)) {
            return false;
        }
        throw new CellRejected(RowRule.NOT_YES_OR_NO, "is not yes or no (oui/non, yes/no, 1/0, x)");
    }
}

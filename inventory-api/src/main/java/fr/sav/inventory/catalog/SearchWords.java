package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Locale;

/**
 * A search typed or scanned into the parts page, as LIKE patterns, one a word: every word must appear, in any order.
 * A part label's {@code P:} is dropped, so that a scanned label finds its part. Past the fourth, words join the
 * fourth pattern in the order typed.
 */
final class SearchWords {

    static final int MOST = 4;

    private SearchWords() {
    }

    static String[] likes(@Nullable String q) {
        String[] likes = new String[MOST];
        if (q == null || q.isBlank()) {
            return likes;
        }
        String text = q.trim();
        if (text.toUpperCase(Locale.ROOT).startsWith("P:")) {
            text = text.substring(2);
        }
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length && i < MOST; i++) {
            String[] here = i < MOST - 1 ? new String[] {words[i]} : Arrays.copyOfRange(words, i, words.length);
            likes[i] = "%" + String.join("%", Arrays.stream(here).map(SearchWords::escape).toList()) + "%";
        }
        return likes;
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }
}

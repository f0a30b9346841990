package fr.sav.csvimport;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Takes a currency symbol (€ $ £) or a known ISO 4217 code off either end of a number: "12,50 €", "EUR 12.50". */
final class CurrencyAffixes {

    static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private CurrencyAffixes() {
    }

    static String strip(String text) {
        int start = 0;
        while (start < text.length() && !startsNumber(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == text.length()) {
            return text;
        }
        if (!isCurrency(text.substring(0, start)) || !isCurrency(text.substring(end))) {
            throw NumberText.NOT_A_NUMBER;
        }
        return text.substring(start, end);
    }

    private static boolean startsNumber(char c) {
        return Character.isDigit(c) || "-+\u2212.,".indexOf(c) >= 0;
    }

    private static boolean isCurrency(String affix) {
        String symbol = Cells.clean(affix);
        return symbol.isEmpty() || symbol.equals("€") || symbol.equals("$") || symbol.equals("£")
                || ISO_CODES.contains(symbol.toUpperCase(Locale.ROOT));
    }
}

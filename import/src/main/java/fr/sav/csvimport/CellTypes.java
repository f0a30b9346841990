package fr.sav.csvimport;

import java.math.BigDecimal;
import java.util.Locale;

/** The cell types the schemas are made of. */
final class CellTypes {

    static final int SKU_MAX_LENGTH = 40;

    private CellTypes() {
    }

    /** Text on one line (blank runs and line breaks become one space), at most {@code maxLength} characters. */
    static CellType<String> oneLine(int maxLength) {
        return (text, decimals) -> {
            String line = Cells.oneLine(text);
            if (line.length() > maxLength) {
                throw new CellRejected(RowRule.TOO_LONG, "is longer than " + maxLength + " characters", "max", maxLength);
            }
            return line;
        };
    }

    /** Our part number: upper case, letters, digits, '.', '-' and '_', starting with a letter or digit. */
    static CellType<String> sku() {
        return (text, decimals) -> {
            String sku = text.toUpperCase(Locale.ROOT);
            if (sku.length() > SKU_MAX_LENGTH) {
                throw new CellRejected(RowRule.TOO_LONG, "is longer than " + SKU_MAX_LENGTH + " characters", "max",
                        SKU_MAX_LENGTH);
            }
            if (!isSku(sku)) {
                throw new CellRejected(RowRule.CODE_CHARACTERS, "may hold only letters, digits, '.', '-' and '_'");
            }
            return sku;
        };
    }

    private static boolean isSku(String sku) {
        for (int i = 0; i < sku.length(); i++) {
            char c = sku.charAt(i);
            boolean alphanumeric = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '-' && c != '_')) {
                return false;
            }
        }
        return !sku.isEmpty();
    }

    /** A 3-letter ISO 4217 code, in upper case; €, $ and £ are read as EUR, USD and GBP. */
    static CellType<String> currency() {
        return (text, decimals) -> {
            String code = switch (text) {
                case "€" -> "EUR";
                case "$" -> "USD";
                case "£" -> "GBP";
                default -> text.toUpperCase(Locale.ROOT);
            };
            if (!CurrencyAffixes.ISO_CODES.contains(code)) {
                throw new CellRejected(RowRule.CURRENCY_CODE, "is not a 3-letter currency code such as EUR");
            }
            return code;
        };
    }

    static CellType<BigDecimal> decimal(BigDecimal min, int maxScale, int maxWholeDigits) {
        return new DecimalCell(min, maxScale, maxWholeDigits);
    }

    static CellType<Integer> wholeNumber(int min, int max) {
        return new WholeNumberCell(min, max);
    }

    static CellType<Boolean> yesNo() {
        return (text, decimals) -> YesNo.parse(text);
    }

    static CellType<StockCondition> condition() {
        return (text, decimals) -> StockCondition.parse(text);
    }

    static CellType<UsagePeriod> period() {
        return (text, decimals) -> PeriodText.parse(text);
    }
}

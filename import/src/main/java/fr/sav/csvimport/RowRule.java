package fr.sav.csvimport;

import java.util.Locale;

/**
 * Why a cell or a row was refused, as a stable key a page says in the user's language from the facts named here
 * ({@link RowError#facts()}); the English {@link RowError#message()} says the same for API clients.
 */
public enum RowRule {
    /** A required field is empty. */
    REQUIRED,
    /** None of the {@code fields} is given, and one of them is needed to find the part. */
    MISSING,
    /** Longer than {@code max} characters. */
    TOO_LONG,
    /** A code holds letters, digits, '.', '-' and '_' only and starts with a letter or digit. */
    CODE_CHARACTERS,
    /** Not a 3-letter ISO currency code such as EUR. */
    CURRENCY_CODE,
    /** A number below zero. */
    NOT_NEGATIVE,
    /** A number below {@code min}. */
    AT_LEAST,
    /** A number above {@code max}. */
    AT_MOST,
    /** More than {@code max} decimals. */
    TOO_MANY_DECIMALS,
    /** More digits before the decimal point than the field holds. */
    TOO_LARGE,
    /** Not a number. */
    NOT_A_NUMBER,
    /** A number with decimals where a whole number is needed. */
    NOT_A_WHOLE_NUMBER,
    /** Written as a date, but no such day exists (2025-02-30). */
    NOT_A_REAL_DATE,
    /** Not a date, an ISO week or a month. */
    NOT_A_DATE,
    /** Not one of the {@code allowed} conditions. */
    UNKNOWN_CONDITION,
    /** Neither yes nor no. */
    NOT_YES_OR_NO;

    /** The key on the wire: {@code TOO_MANY_DECIMALS} is "too-many-decimals". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

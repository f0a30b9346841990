package fr.sav.csvimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberTextTest {

    @ParameterizedTest(name = "''{0}'' in a {1} file is {2}")
    @CsvSource(delimiter = '|', value = {
        "1234         | COMMA | 1234",
        "1 234,50     | DOT   | 1234.50",
        "1\u00A0234,50 | DOT  | 1234.50",
        "1\u202F234,50 | DOT  | 1234.50",
        "1.234,50     | DOT   | 1234.50",
        "1,234.50     | COMMA | 1234.50",
        "12,5         | DOT   | 12.5",
        "12.5         | COMMA | 12.5",
        "1,234        | COMMA | 1.234",
        "1,234        | DOT   | 1234",
        "1.234        | COMMA | 1234",
        "1.234        | DOT   | 1.234",
        "0,125        | DOT   | 0.125",
        "1234,567     | DOT   | 1234.567",
        "1.234.567    | DOT   | 1234567",
        "1,234,567.89 | COMMA | 1234567.89",
        "1'234.50     | COMMA | 1234.50",
        "12,50 €      | DOT   | 12.50",
        "€12.50       | COMMA | 12.50",
        "EUR 12,50    | DOT   | 12.50",
        "12.50usd     | COMMA | 12.50",
        "-3,5         | DOT   | -3.5",
        ",5           | DOT   | 0.5"})
    void numbersAreReadAsExportsWriteThem(String text, DecimalSeparator file, BigDecimal expected) {
        assertEquals(expected, NumberText.of(text).value(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,34,56", "abc", "12abc", "1.234,5.6", "12 34", "1e5", "12.", "--1", "", "1,2.3",
        "1.234 567", "N/A", "12 EUR HT"})
    void garbageIsNotANumber(String text) {
        CellRejected rejected = assertThrows(CellRejected.class, () -> NumberText.of(text).value(DecimalSeparator.COMMA));

        assertEquals("is not a number", rejected.problem());
    }

    @ParameterizedTest
    @CsvSource({"'12,5', COMMA", "'0,125', COMMA", "'1.234,50', COMMA", "'1.234.567', COMMA", "12.5, DOT",
        "'1,234.50', DOT", "'1,234,567', DOT"})
    void unambiguousValuesTellTheDecimalSeparator(String text, DecimalSeparator separator) {
        assertEquals(separator, NumberText.of(text).evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1.234", "1234", "1 234"})
    void ambiguousAndWholeValuesTellNothing(String text) {
        assertNull(NumberText.of(text).evidence());
    }
}

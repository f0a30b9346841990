package fr.sav.csvimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {";|SEMICOLON", "semicolon|SEMICOLON", ",|COMMA", "Comma|COMMA", "tab|TAB",
        "\\t|TAB", "'\t'|TAB"})
    void delimitersAreReadFromTheirCharacterOrName(String word, Delimiter delimiter) {
        assertEquals(delimiter, Delimiter.of(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {",|COMMA", "virgule|COMMA", ".|DOT", "point|DOT", "DOT|DOT"})
    void decimalSeparatorsAreReadFromTheirCharacterOrName(String word, DecimalSeparator separator) {
        assertEquals(separator, DecimalSeparator.of(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|", "pipe", " "})
    void otherDelimitersAreRefused(String word) {
        assertThrows(IllegalArgumentException.class, () -> Delimiter.of(word));
    }
}

package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    @ParameterizedTest(name = "{0} with {1} decimals reads {2}")
    @CsvSource(textBlock = """
            3.14159,   2, 3.14
            2.0,       2, 2
            2.5,       2, 2.5
            0.05,      2, 0.05
            -1.234,    2, -1.23
            -0.001,    2, 0
            1.6448536, 4, 1.6449
            1234.5,    0, 1235
            0.999,     2, 1
            """)
    void numbersReadWithoutTrailingZeros(double value, int decimals, String words) {
        assertEquals(words, Words.number(value, decimals));
    }
}

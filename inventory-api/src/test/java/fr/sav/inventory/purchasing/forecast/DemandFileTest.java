package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemandFileTest {

    @Test
    void aHeaderRowIsSkippedAndEachRowIsAPart() throws IOException {
        List<Series> series = read("""
                part,w1,w2,w3
                LV-PMP-0042,0,2,1
                "TV-PWR-0007",3,0,0
                """);

        assertEquals(List.of(new Series("LV-PMP-0042", Histories.weeks("0 2 1")),
                new Series("TV-PWR-0007", Histories.weeks("3 0 0"))), series);
    }

    @Test
    void withoutHeaderTheFirstRowIsAPart() throws IOException {
        assertEquals(List.of(new Series("A", Histories.weeks("1 2"))), read("A,1,2\n"));
    }

    @Test
    void blanksBeforeTheFirstAndAfterTheLastValueAreNoData() throws IOException {
        List<Series> series = read("""
                part,w1,w2,w3,w4,w5
                NEW,,,4,0,
                OLD,1,0,2,,
                EMPTY,,,,,
                """);

        assertEquals(Histories.weeks("4 0"), series.get(0).demand());
        assertEquals(Histories.weeks("1 0 2"), series.get(1).demand());
        assertEquals(0, series.get(2).demand().weeks());
    }

    @Test
    void aPartListedLateKeepsTheColumnItStartsIn() throws IOException {
        List<Series> series = read("""
                part,m1,m2,m3,m4,m5
                NEW,,,4,0,
                OLD,1,0,2,,
                EMPTY,,,,,
                """);

        assertEquals(List.of(2, 0, 0), series.stream().map(Series::start).toList());
        assertEquals(new Series("NEW", Histories.weeks("4 0"), 2), series.get(0));
    }

    @Test
    void aBlankBetweenValuesIsRefusedWithItsPlace() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read("A,1,,2\n"));

        assertEquals("line 1, column 3: a blank between weeks with data", refused.getMessage());
    }

    @Test
    void aFractionOrANegativeNumberOfPiecesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("A,1,2.5\n"));
        assertThrows(IllegalArgumentException.class, () -> read("A,1,-2\n"));
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAreRead() throws IOException {
        assertEquals(Histories.weeks("3 0"), read("A,3.0,0\n").get(0).demand());
    }

    private static List<Series> read(String text) throws IOException {
        return DemandFile.read(new BufferedReader(new StringReader(text)));
    }
}

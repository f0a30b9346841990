package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyDemandGeneratorTest {

    private static final List<Series> SHIPPED = MonthlyDemandGenerator.generate(2500, 51, MonthlyDemandGenerator.SEED);

    @Test
    void theSameSeedGivesTheSameSeriesAndAnotherSeedOthers() {
        assertEquals(MonthlyDemandGenerator.generate(50, 51, 3), MonthlyDemandGenerator.generate(50, 51, 3));
        assertTrue(!MonthlyDemandGenerator.generate(50, 51, 3).equals(MonthlyDemandGenerator.generate(50, 51, 4)));
    }

    @Test
    void theMixtureFollowsTheFamiliesShares() {
        Map<String, Long> families = SHIPPED.stream()
                .collect(Collectors.groupingBy(s -> s.part().substring(0, 3), Collectors.counting()));

        assertEquals(Map.of("SLO", 1000L, "LMP", 625L, "FST", 250L, "NEW", 375L, "FAD", 250L), families);
    }

    /** Most series have fewer than ten months with demand; most months with demand ask 1 to 3 pieces, a few 10 or more. */
    @Test
    void mostSeriesAreShortOnDemandWithSmallSizesAndOccasionalLumps() {
        long sparse = SHIPPED.stream().filter(s -> DemandProfile.of(s.demand()).demandWeeks() < 10).count();
        long months = 0;
        long small = 0;
        long lumps = 0;
        for (Series series : SHIPPED) {
            for (int month = 0; month < series.demand().weeks(); month++) {
                int pieces = series.demand().at(month);
                months += pieces > 0 ? 1 : 0;
                small += pieces >= 1 && pieces <= 3 ? 1 : 0;
                lumps += pieces >= 10 ? 1 : 0;
            }
        }

        assertTrue(sparse > SHIPPED.size() / 2, sparse + " sparse series");
        assertTrue(small > 0.6 * months, small + " of " + months);
        assertTrue(lumps > 0 && lumps < 0.1 * months, lumps + " of " + months);
        assertTrue(SHIPPED.stream().filter(s -> s.part().startsWith("SLO") || s.part().startsWith("LMP"))
                .filter(s -> DemandProfile.of(s.demand()).demandClass().intermittent()).count() > 0.9 * 1625);
    }

    @Test
    void newPartsAreListedLateWithNoHistoryBefore() {
        List<Series> fresh = SHIPPED.stream().filter(s -> s.part().startsWith("NEW")).toList();

        for (Series series : fresh) {
            assertTrue(series.start() >= 12 && series.start() <= 48, series.part() + " starts in " + series.start());
            assertEquals(51, series.start() + series.demand().weeks());
        }
        assertTrue(SHIPPED.stream().filter(s -> !s.part().startsWith("NEW")).allMatch(s -> s.start() == 0));
    }

    @Test
    void theWrittenFileReadsBackWithItsBlanks() throws IOException {
        List<Series> series = MonthlyDemandGenerator.generate(40, 51, 11);
        StringWriter out = new StringWriter();

        IntermittentDemandGenerator.write(series, 51, "m", out);

        assertTrue(out.toString().startsWith("part,m1,m2,"));
        assertEquals(series, DemandFile.read(new BufferedReader(new StringReader(out.toString()))));
    }

    @Test
    void theShippedFileIsTheGeneratorsDefault() {
        Path shipped = Path.of("../bench/data/monthly-lumpy-demand.csv");

        assertTrue(Files.exists(shipped), shipped.toAbsolutePath().toString());
        assertEquals(SHIPPED, DemandFile.read(shipped));
    }
}

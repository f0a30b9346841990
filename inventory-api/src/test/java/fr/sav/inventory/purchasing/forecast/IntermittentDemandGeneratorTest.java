package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntermittentDemandGeneratorTest {

    @Test
    void theSameSeedGivesTheSameSeries() {
        assertEquals(IntermittentDemandGenerator.generate(50, 104, 3), IntermittentDemandGenerator.generate(50, 104, 3));
    }

    @Test
    void theMixtureFollowsTheFamiliesShares() {
        Map<String, Long> families = IntermittentDemandGenerator.generate(1000, 104, IntermittentDemandGenerator.SEED)
                .stream().collect(Collectors.groupingBy(s -> s.part().substring(0, 3), Collectors.counting()));

        assertEquals(Map.of("SMO", 200L, "ERR", 150L, "INT", 300L, "LUM", 250L, "DYI", 100L), families);
    }

    @Test
    void dyingOutSeriesAreSilentInTheirLastTwelveWeeks() {
        List<Series> dying = IntermittentDemandGenerator.generate(1000, 104, IntermittentDemandGenerator.SEED).stream()
                .filter(s -> s.part().startsWith("DYI")).toList();

        for (Series series : dying) {
            DemandProfile profile = DemandProfile.of(series.demand());
            assertTrue(profile.lastDemandWeek() < 92, series.part() + " still asked in week " + profile.lastDemandWeek());
        }
    }

    @Test
    void smoothSeriesAreMostlySmoothAndLumpySeriesMostlyLumpy() {
        List<Series> series = IntermittentDemandGenerator.generate(1000, 104, IntermittentDemandGenerator.SEED);

        assertTrue(share(series, "SMO", DemandClass.SMOOTH) > 0.9);
        assertTrue(share(series, "ERR", DemandClass.ERRATIC) > 0.9);
        assertTrue(share(series, "LUM", DemandClass.LUMPY) > 0.6);
    }

    @Test
    void theWrittenFileReadsBackAsTheSameSeries() throws IOException {
        List<Series> series = IntermittentDemandGenerator.generate(20, 30, 11);
        StringWriter out = new StringWriter();

        IntermittentDemandGenerator.write(series, 30, "w", out);

        assertEquals(series, DemandFile.read(new BufferedReader(new StringReader(out.toString()))));
    }

    private static double share(List<Series> series, String family, DemandClass demandClass) {
        List<Series> members = series.stream().filter(s -> s.part().startsWith(family)).toList();
        return (double) members.stream().filter(s -> DemandProfile.of(s.demand()).demandClass() == demandClass).count()
                / members.size();
    }
}

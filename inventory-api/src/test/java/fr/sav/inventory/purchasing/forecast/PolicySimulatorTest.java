package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicySimulatorTest {

    @Test
    void theCommandLineHasDefaultsForEveryParameter() {
        SimulationSettings settings = SimulationSettings.parse("data.csv");

        assertEquals(new SimulationSettings(Path.of("data.csv"), 2, 0.95, 4, 52, 8, true), settings);
    }

    @Test
    void everyParameterCanBeGiven() {
        SimulationSettings settings = SimulationSettings.parse("--lead-time=3", "--service-level=0.9", "--review=2",
                "--warm-up=26", "--cover=12", "--no-undershoot", "data.csv");

        assertEquals(new SimulationSettings(Path.of("data.csv"), 3, 0.9, 2, 26, 12, false), settings);
    }

    @Test
    void anUnknownOptionOrAMissingFileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--lead=3", "data.csv"));
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--cover=4"));
    }

    @Test
    void theReportHasARowPerMethodAndTheBaselinesCoverForAutosFillRate() {
        List<Series> series = IntermittentDemandGenerator.generate(40, 60, 7);
        SimulationSettings settings = SimulationSettings.parse("--warm-up=30", "data.csv");

        String report = PolicySimulator.run(settings, series);

        for (String row : List.of("SES ", "CROSTON ", "SBA ", "TSB ", "AUTO ", "BASELINE 8 wk ")) {
            assertTrue(report.lines().anyMatch(line -> line.startsWith(row)), row + " missing from\n" + report);
        }
        assertTrue(report.contains("Baseline cover for AUTO's fill rate"), report);
        assertFalse(report.contains("NaN"), report);
    }

    @Test
    void seriesNoLongerThanTheWarmUpAreSkipped() {
        List<Series> series = List.of(new Series("SHORT", Histories.weeks("1 2 3")),
                new Series("LONG", Histories.repeated(2, 60)));

        String report = PolicySimulator.run(SimulationSettings.parse("data.csv"), series);

        assertTrue(report.startsWith("Policy replay: 1 parts (1 skipped"), report);
    }
}

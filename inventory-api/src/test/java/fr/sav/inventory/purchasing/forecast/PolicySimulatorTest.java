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

    @Test
    void aMonthlyFileHasItsOwnDefaults() {
        SimulationSettings settings = SimulationSettings.parse("--period=month", "data.csv");

        assertEquals(new SimulationSettings(Path.of("data.csv"), 1, 0.95, 1, 24, 2, true, Period.MONTH, true, 0,
                SimulationSettings.Pooling.FAMILY, SimulationSettings.POOL_WEIGHT), settings);
        assertEquals(30, settings.leadTimeDays());
        assertEquals(Period.MONTH, settings.policy(MethodChoice.AUTO).settings().period());
        assertEquals(Period.MONTH.prior(), settings.policy(MethodChoice.AUTO).settings().forecaster().prior());
    }

    @Test
    void theBootstrapAndTheStockWithoutDemandCanBeSet() {
        SimulationSettings settings = SimulationSettings.parse("--period=month", "--lead-time=2", "--no-bootstrap",
                "--no-demand-stock=3", "data.csv");

        assertEquals(new SimulationSettings(Path.of("data.csv"), 2, 0.95, 1, 24, 2, true, Period.MONTH, false, 3,
                SimulationSettings.Pooling.FAMILY, SimulationSettings.POOL_WEIGHT), settings);
        assertEquals(3, settings.policy(MethodChoice.SBA).settings().noDemandStock());
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--period=day", "data.csv"));
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--no-demand-stock=-1", "data.csv"));
    }

    @Test
    void thePoolOfSizesAndItsWeightCanBeSet() {
        SimulationSettings all = SimulationSettings.parse("--pool=all", "--pool-weight=8", "data.csv");
        SimulationSettings none = SimulationSettings.parse("--pool=none", "data.csv");

        assertEquals(SimulationSettings.Pooling.ALL, all.pooling());
        assertEquals(8, all.policy(MethodChoice.AUTO).settings().poolWeight());
        assertEquals(32, SimulationSettings.parse("data.csv").policy(MethodChoice.AUTO).settings().poolWeight());
        assertEquals(0, none.policy(MethodChoice.AUTO).settings().poolWeight());
        assertTrue(none.pools(List.of(new Series("LMP-1", Histories.weeks("16")))).byFamily().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--pool=shelf", "data.csv"));
        assertThrows(IllegalArgumentException.class, () -> SimulationSettings.parse("--pool-weight=-1", "data.csv"));
    }

    @Test
    void theMonthlyReportCountsInMonthsAndComparesEveryMethodAtAutosFillRate() {
        List<Series> series = MonthlyDemandGenerator.generate(60, 36, 7);

        String report = PolicySimulator.run(SimulationSettings.parse("--period=month", "--warm-up=18", "data.csv"), series);

        assertTrue(report.contains("warm-up 18 months, lead time 1 months"), report);
        assertTrue(report.lines().anyMatch(line -> line.startsWith("BASELINE 2 mo ")), report);
        for (String method : List.of("SES", "CROSTON", "SBA", "TSB")) {
            assertTrue(report.contains(method + " for every part"), method + " missing from\n" + report);
        }
        assertFalse(report.contains("NaN"), report);
    }

    /**
     * A part listed in month 30 of a file replayed from month 24 is replayed from its first month, with no history:
     * holding 1 piece without demand, it serves its first piece from stock.
     */
    @Test
    void aPartListedAfterTheWarmUpIsReplayedFromItsFirstMonth() {
        Series late = new Series("NEW", Histories.weeks("1 0 0 0"), 30);
        SimulationSettings settings = SimulationSettings.parse("--period=month", "--no-demand-stock=1", "data.csv");

        Outcome outcome = Outcome.replay(List.of(late), new PolicyRule(settings.policy(MethodChoice.AUTO), 1), 24, 1);

        assertTrue(late.outlasts(24));
        assertEquals(0, late.replayFrom(24));
        assertEquals(1, outcome.all().demand());
        assertEquals(1, outcome.all().filled());
        assertTrue(PolicySimulator.run(settings, List.of(late)).startsWith("Policy replay: 1 parts (0 skipped"));
    }
}

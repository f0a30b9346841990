package fr.sav.inventory.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoolSizingTest {

    @ParameterizedTest(name = "P(X <= {1}) with mean {0} = {2}")
    @CsvSource({
            "2.0, 0, 0.135335",
            "2.0, 1, 0.406006",
            "2.0, 2, 0.676676",
            "2.0, 4, 0.947347",
            "2.0, 5, 0.983436",
            "0.5, 0, 0.606531",
            "0.5, 1, 0.909796"})
    void poissonCumulativeMatchesTables(double mean, int k, double expected) {
        assertEquals(expected, PoolSizing.cumulative(mean, k), 1e-6);
    }

    @ParameterizedTest(name = "pipeline mean {0}, target {1} -> pool {2}")
    @CsvSource({
            "2.0, 0.95, 6",
            "2.0, 0.90, 5",
            "0.5, 0.95, 3",
            "0.5, 0.90, 2",
            "0.0, 0.95, 0",
            "10.0, 0.95, 16"})
    void theRecommendedPoolIsTheSmallestThatReachesTheTarget(double mean, double target, int expected) {
        assertEquals(expected, PoolSizing.recommended(mean, target));
    }

    @Test
    void aWorkedExampleFromTheDeskCanBeFollowed() {
        double exchangesPerDay = 2.0 / 30;
        double turnaroundDays = 30 + 15;

        double pipeline = exchangesPerDay * turnaroundDays;

        assertEquals(3.0, pipeline, 1e-9);
        assertEquals(7, PoolSizing.recommended(pipeline, 0.95));
        assertEquals(0.9665, PoolSizing.availability(pipeline, 7), 1e-4);
        assertEquals(3.0, PoolSizing.expectedBackorders(pipeline, 0), 1e-9);
        assertEquals(0.0, PoolSizing.expectedBackorders(0, 3), 1e-12);
    }

    @Test
    void largePipelinesDoNotUnderflow() {
        assertEquals(0.5, PoolSizing.cumulative(900, 900), 0.02);
        assertEquals(950, PoolSizing.recommended(900, 0.95), 3);
    }
}

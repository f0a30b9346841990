package fr.sav.inventory.imports;

import fr.sav.inventory.shared.FieldRule;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportBuilderTest {

    @Test
    void theFirstThousandErrorsByLineAreListedWhateverOrderTheyCameIn() {
        ReportBuilder report = new ReportBuilder();
        LongStream.rangeClosed(1, 1_500).map(i -> 1_501 - i).forEach(line -> report.reject(line, "sku", "x",
                FieldRule.UNKNOWN_SKU, "bad", "sku", "x"));
        ReportBuilder lane = new ReportBuilder();
        lane.reject(0, "sku", "y", FieldRule.UNKNOWN_SKU, "unknown", "sku", "y");
        report.add(lane);

        assertEquals(1_501, report.rejected);
        assertEquals(1_000, report.listedErrors().size());
        assertEquals(501, report.errorsNotListed);
        assertEquals(LongStream.range(0, 1_000).boxed().toList(),
                report.listedErrors().stream().map(ImportReport.Problem::line).toList());
    }
}

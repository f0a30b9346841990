package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The buyer's figures per supplier: lead times observed, on-time share, quality rejects, returns to vendor. */
@Controller("/api/suppliers")
@Secured({"BUYER", "MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Purchasing")
class SupplierFiguresController {

    private final SupplierScorecard scorecard;

    SupplierFiguresController(SupplierScorecard scorecard) {
        this.scorecard = scorecard;
    }

    /** Every supplier active in the last twelve months (or the one given), by code. */
    @Get("/figures")
    List<SupplierFiguresView> all(@Nullable @QueryValue String supplier) {
        return scorecard.figures(supplier);
    }

    @Get("/{code}/figures")
    SupplierFiguresView one(String code) {
        return scorecard.figures(code).get(0);
    }
}

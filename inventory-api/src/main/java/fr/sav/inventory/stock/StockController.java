package fr.sav.inventory.stock;

import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stock")
class StockController {

    private final StockQueries queries;
    private final Scanner scanner;
    private final LedgerAudit audit;

    StockController(StockQueries queries, Scanner scanner, LedgerAudit audit) {
        this.queries = queries;
        this.scanner = scanner;
        this.audit = audit;
    }

    @Get("/stock")
    PageView<StockRow> levels(@Nullable @QueryValue String sku, @Nullable @QueryValue String location,
                              @Nullable @QueryValue Condition condition,
                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return queries.levels(sku, location, condition, Paging.of(page, size));
    }

    /**
     * Replays the whole ledger and compares it with the levels and values: for operations and after incidents.
     * {@code since=checkpoint}: only the movements after the last full replay that found everything consistent.
     */
    @Get("/stock/audit")
    @Secured("MANAGER")
    LedgerAudit.Report audit(@Nullable @QueryValue String since) {
        return audit.run(since);
    }

    @Get("/parts/{sku}/stock")
    PartStock partStock(String sku) {
        return queries.partStock(sku);
    }

    @Get("/units/{serial}")
    UnitView unit(String serial) {
        return queries.unit(serial);
    }

    @Get("/scan/{code}")
    ScanResult scan(String code) {
        return scanner.resolve(code);
    }
}

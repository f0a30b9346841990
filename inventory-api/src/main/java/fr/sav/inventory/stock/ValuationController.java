package fr.sav.inventory.stock;

import fr.sav.inventory.shared.SpreadsheetCsv;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.util.Locale;

/** The stock's value for managers and buyers, as JSON or as a CSV for accounting. */
@Controller("/api/stock")
@Secured({"MANAGER", "BUYER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stock")
class ValuationController {

    private final Valuation valuation;
    private final Clock clock;

    ValuationController(Valuation valuation, Clock clock) {
        this.valuation = valuation;
        this.clock = clock;
    }

    /** {@code at}: a date (its end of day, UTC) or an instant, now when absent; {@code by}: condition, location, family. */
    @Get("/valuation")
    ValuationView valuation(@Nullable @QueryValue String at, @Nullable @QueryValue String by) {
        return valuation.at(ValuationInstant.parse(at, clock.instant()), ValuationBy.parse(by));
    }

    @Get("/valuation.csv")
    HttpResponse<String> csv(@Nullable @QueryValue String at, @Nullable @QueryValue String by,
                             @Nullable @QueryValue Boolean excel) {
        ValuationView view = valuation(at, by);
        SpreadsheetCsv csv = SpreadsheetCsv.of(Boolean.TRUE.equals(excel), view.by().name().toLowerCase(Locale.ROOT),
                "quantity", "value");
        view.rows().forEach(row -> csv.row(row.key(), row.quantity(), row.value()));
        csv.row("Total at " + view.at(), view.rows().stream().mapToLong(ValuationView.Row::quantity).sum(), view.total());
        return HttpResponse.ok(csv.text()).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"stock-valuation.csv\"");
    }
}

package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/dashboard")
@Secured("MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dashboard")
class DashboardController {

    private static final int MAX_WEEKS = 104;

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Stock value by condition, repair pipeline by age, cores owed, and weekly unmet demand and repair cost. */
    @Get
    DashboardView view(@Nullable @QueryValue Integer weeks) {
        int count = weeks == null ? 12 : weeks;
        if (count < 1 || count > MAX_WEEKS) {
            throw new InvalidRequest("weeks", FieldRule.BETWEEN,
                    "must be between 1 and " + MAX_WEEKS, "min", 1, "max", MAX_WEEKS);
        }
        return dashboard.view(count);
    }
}

package fr.sav.inventory.field;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** What to send a location now; {@code POST /api/transfer-orders} {to, fromReplenishment: true} sends it. */
@Controller("/api/replenishment")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Field stock")
class ReplenishmentController {

    private final Replenishment replenishment;

    ReplenishmentController(Replenishment replenishment) {
        this.replenishment = replenishment;
    }

    @Get
    Proposals propose(@QueryValue String location, @Nullable @QueryValue String from) {
        return new Proposals(replenishment.propose(location, from));
    }

    @Serdeable
    record Proposals(List<ReplenishmentProposal> items) {
    }
}

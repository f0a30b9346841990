package fr.sav.inventory.field;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** A location's min and max per part: as set, as proposed from its own consumption, and set (or accepted) by hand. */
@Controller("/api/locations/{code}/stock-rules")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Field stock")
class StockRuleController {

    private final StockRules rules;

    StockRuleController(StockRules rules) {
        this.rules = rules;
    }

    @Get
    LocationRules get(String code) {
        return rules.of(code);
    }

    @Put
    @Secured({"STOREKEEPER", "MANAGER"})
    LocationRules set(String code, @Body @Valid StockRulesRequest request, Authentication user) {
        return rules.set(code, request, user.getName());
    }

    /** Proposed from the location's issues over the last weeks; nothing is stored until it is PUT. */
    @Get("/proposed")
    LocationRules proposed(String code) {
        return rules.proposed(code);
    }
}

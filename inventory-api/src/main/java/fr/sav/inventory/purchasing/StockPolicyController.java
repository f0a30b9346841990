package fr.sav.inventory.purchasing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api")
@Secured({"BUYER", "MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Purchasing")
class StockPolicyController {

    private final StockPolicies policies;

    StockPolicyController(StockPolicies policies) {
        this.policies = policies;
    }

    /** Sets the part's hand-set policy, which the suggestions follow instead of the forecast while it applies. */
    @Put("/parts/{sku}/stock-policy")
    StockPolicyView set(String sku, @Body StockPolicyRequest request, Authentication user) {
        return policies.set(sku, request, user.getName());
    }

    @Get("/parts/{sku}/stock-policy")
    StockPolicyView get(String sku) {
        return policies.get(sku);
    }

    /** Clears the part's hand-set policy: the forecast sets its levels again. */
    @Delete("/parts/{sku}/stock-policy")
    HttpResponse<Void> clear(String sku) {
        policies.clear(sku);
        return HttpResponse.noContent();
    }

    /** Every hand-set policy, whether it applies today and why not. */
    @Get("/stock-policies")
    List<StockPolicyView> list() {
        return policies.list();
    }
}

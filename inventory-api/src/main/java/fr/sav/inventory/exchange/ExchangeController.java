package fr.sav.inventory.exchange;

import fr.sav.inventory.repair.RepairOrderView;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Standard exchanges")
class ExchangeController {

    private static final String KEY = "Idempotency-Key";

    private final Exchanges exchanges;
    private final ExchangePool pool;

    ExchangeController(Exchanges exchanges, ExchangePool pool) {
        this.exchanges = exchanges;
        this.pool = pool;
    }

    @Post("/exchanges")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    HttpResponse<ExchangeView> issue(@Body @Valid ExchangeRequests.Issue request, @Nullable @Header(KEY) String key,
                                     Authentication user) {
        return HttpResponse.created(exchanges.issue(request, user.getName(), key));
    }

    @Get("/exchanges")
    PageView<ExchangeView> list(@Nullable @QueryValue ExchangeStatus status, @Nullable @QueryValue String sku,
                                @Nullable @QueryValue Boolean overdue,
                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return exchanges.list(status, sku, Boolean.TRUE.equals(overdue), Paging.of(page, size));
    }

    @Get("/exchanges/{number}")
    ExchangeView get(String number) {
        return exchanges.get(number);
    }

    @Post("/exchanges/{number}/core")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    ExchangeView core(String number, @Body @Valid ExchangeRequests.Core request, @Nullable @Header(KEY) String key,
                      Authentication user) {
        return exchanges.receiveCore(number, request, user.getName(), key);
    }

    @Post("/repair-orders/{number}/exchange")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView forRepairOrder(String number, @Nullable @Body @Valid ExchangeRequests.ForRepairOrder request,
                                   @Nullable @Header(KEY) String key, Authentication user) {
        return exchanges.forRepairOrder(number, request == null ? new ExchangeRequests.ForRepairOrder(null, null) : request,
                user.getName(), key);
    }

    @Post("/exchanges/{number}/charge")
    @Secured({"WORKSHOP", "MANAGER"})
    ExchangeView charge(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return exchanges.charge(number, user.getName(), key);
    }

    @Get("/parts/{sku}/exchange-pool")
    PoolView pool(String sku, @Nullable @QueryValue Double targetAvailability, @Nullable @QueryValue Integer windowDays) {
        return pool.of(sku, targetAvailability == null ? 0.95 : targetAvailability, windowDays == null ? 365 : windowDays);
    }
}

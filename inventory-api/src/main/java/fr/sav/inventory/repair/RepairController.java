package fr.sav.inventory.repair;

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

@Controller("/api/repair-orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Workshop")
class RepairController {

    private static final String KEY = "Idempotency-Key";

    private final Repairs repairs;
    private final RepairViews views;

    RepairController(Repairs repairs, RepairViews views) {
        this.repairs = repairs;
        this.views = views;
    }

    @Post
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    HttpResponse<RepairOrderView> open(@Body @Valid RepairRequests.Open request, @Nullable @Header(KEY) String key,
                                       Authentication user) {
        return HttpResponse.created(repairs.open(request, user.getName(), key));
    }

    @Get
    PageView<RepairOrderView> list(@Nullable @QueryValue RepairStatus status, @Nullable @QueryValue String sku,
                                   @Nullable @QueryValue Boolean overdue,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return views.list(status, sku, Boolean.TRUE.equals(overdue), Paging.of(page, size));
    }

    @Get("/{number}")
    RepairOrderView get(String number) {
        return views.get(number);
    }

    @Post("/{number}/diagnose")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView diagnose(String number, @Body @Valid RepairRequests.Diagnose request,
                             @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.diagnose(number, request, user.getName(), key);
    }

    @Post("/{number}/quote")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView quote(String number, @Body @Valid RepairRequests.Quote request, @Nullable @Header(KEY) String key,
                          Authentication user) {
        return repairs.quote(number, request, user.getName(), key);
    }

    @Post("/{number}/approve")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView approve(String number, @Nullable @Body @Valid RepairRequests.Step request,
                            @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.approve(number, step(request), user.getName(), key);
    }

    @Post("/{number}/refuse")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView refuse(String number, @Nullable @Body @Valid RepairRequests.Step request,
                           @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.refuse(number, step(request), user.getName(), key);
    }

    @Post("/{number}/start")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView start(String number, @Nullable @Body @Valid RepairRequests.Step request,
                          @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.start(number, step(request), user.getName(), key);
    }

    @Post("/{number}/send-to-subcontractor")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView sendOut(String number, @Body @Valid RepairRequests.SendOut request,
                            @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.sendOut(number, request, user.getName(), key);
    }

    @Post("/{number}/receive-from-subcontractor")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView receiveBack(String number, @Body @Valid RepairRequests.ReceiveBack request,
                                @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.receiveBack(number, request, user.getName(), key);
    }

    @Post("/{number}/complete")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView complete(String number, @Body @Valid RepairRequests.Complete request,
                             @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.complete(number, request, user.getName(), key);
    }

    @Post("/{number}/scrap")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView scrap(String number, @Nullable @Body @Valid RepairRequests.Scrap request,
                          @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.scrap(number, request == null ? new RepairRequests.Scrap(null, null) : request, user.getName(), key);
    }

    @Post("/{number}/return-unrepaired")
    @Secured({"WORKSHOP", "MANAGER"})
    RepairOrderView returnUnrepaired(String number, @Nullable @Body @Valid RepairRequests.ReturnUnrepaired request,
                                     @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.returnUnrepaired(number, request == null ? new RepairRequests.ReturnUnrepaired(null, null) : request,
                user.getName(), key);
    }

    @Post("/{number}/deliver")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    RepairOrderView deliver(String number, @Nullable @Body @Valid RepairRequests.Step request,
                            @Nullable @Header(KEY) String key, Authentication user) {
        return repairs.deliver(number, step(request), user.getName(), key);
    }

    private static RepairRequests.Step step(@Nullable RepairRequests.Step request) {
        return request == null ? new RepairRequests.Step(null) : request;
    }
}

package fr.sav.inventory.purchasing;

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

@Controller("/api/supplier-returns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Purchasing")
class SupplierReturnController {

    private static final String KEY = "Idempotency-Key";

    private final SupplierReturns returns;
    private final SupplierReturnViews views;

    SupplierReturnController(SupplierReturns returns, SupplierReturnViews views) {
        this.returns = returns;
        this.views = views;
    }

    /** Sends material back to its supplier; a storekeeper may, from the quality check at receipt. */
    @Post
    @Secured({"STOREKEEPER", "BUYER", "MANAGER"})
    HttpResponse<SupplierReturnView> create(@Body @Valid SupplierReturnRequests.Create request,
                                            @Nullable @Header(KEY) String key, Authentication user) {
        return HttpResponse.created(returns.create(request, user.getName(), key));
    }

    @Get
    PageView<SupplierReturnView> list(@Nullable @QueryValue String supplier, @Nullable @QueryValue SupplierReturnStatus status,
                                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return views.list(supplier, status, Paging.of(page, size));
    }

    @Get("/{number}")
    SupplierReturnView get(String number) {
        return views.get(number);
    }

    @Post("/{number}/credit")
    @Secured({"BUYER", "MANAGER"})
    SupplierReturnView credit(String number, @Body @Valid SupplierReturnRequests.Credit request,
                              @Nullable @Header(KEY) String key, Authentication user) {
        return returns.credit(number, request, user.getName(), key);
    }

    @Post("/{number}/replace")
    @Secured({"BUYER", "MANAGER"})
    SupplierReturnView replace(String number, @Body @Valid SupplierReturnRequests.Replace request,
                               @Nullable @Header(KEY) String key, Authentication user) {
        return returns.replace(number, request, user.getName(), key);
    }

    @Post("/{number}/reject")
    @Secured({"BUYER", "MANAGER"})
    SupplierReturnView reject(String number, @Body @Valid SupplierReturnRequests.Reject request,
                              @Nullable @Header(KEY) String key, Authentication user) {
        return returns.reject(number, request, user.getName(), key);
    }
}

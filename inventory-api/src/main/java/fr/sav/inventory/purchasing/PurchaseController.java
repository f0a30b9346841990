package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
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

@Controller("/api/purchase-requests")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Purchasing")
class PurchaseController {

    private static final String KEY = "Idempotency-Key";

    private final Purchasing purchasing;
    private final PurchaseViews views;
    private final ReorderSuggestions suggestions;

    PurchaseController(Purchasing purchasing, PurchaseViews views, ReorderSuggestions suggestions) {
        this.purchasing = purchasing;
        this.views = views;
        this.suggestions = suggestions;
    }

    /** By hand ({supplier, lines}) answers the request; {fromSuggestions: true} answers the requests it created. */
    @Post
    @Secured({"BUYER", "MANAGER"})
    HttpResponse<?> create(@Body @Valid PurchaseRequests.Create request, @Nullable @Header(KEY) String key,
                           Authentication user) {
        if (Boolean.TRUE.equals(request.fromSuggestions())) {
            return HttpResponse.created(suggestions.toRequests(request.supplier(), request.family(), user.getName()));
        }
        if (request.supplier() == null || request.supplier().isBlank()) {
            throw new InvalidRequest("supplier", FieldRule.SUPPLIER_OR_SUGGESTIONS,
                    "say which supplier, or ask fromSuggestions: true");
        }
        return HttpResponse.created(purchasing.create(request.supplier(), request.lines(), request.note(),
                user.getName(), key));
    }

    @Get
    PageView<PurchaseRequestView> list(@Nullable @QueryValue PurchaseStatus status, @Nullable @QueryValue String supplier,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return views.list(status, supplier, Paging.of(page, size));
    }

    @Get("/export.csv")
    HttpResponse<String> export(@Nullable @QueryValue PurchaseStatus status, @Nullable @QueryValue String supplier,
                                @Nullable @QueryValue Boolean excel) {
        boolean forExcel = Boolean.TRUE.equals(excel);
        return HttpResponse.ok(PurchaseExport.csv(views.exportLines(status, supplier), forExcel))
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"purchase-requests.csv\"");
    }

    @Get("/{number}")
    PurchaseRequestView get(String number) {
        return views.get(number);
    }

    @Post("/{number}/submit")
    @Secured({"BUYER", "MANAGER"})
    PurchaseRequestView submit(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.act(number, PurchaseAction.SUBMIT, user.getName(), key);
    }

    @Post("/{number}/approve")
    @Secured({"BUYER", "MANAGER"})
    PurchaseRequestView approve(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.approve(number, user.getName(), user.getRoles().contains("MANAGER"), key);
    }

    @Post("/{number}/order")
    @Secured({"BUYER", "MANAGER"})
    PurchaseRequestView order(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.act(number, PurchaseAction.ORDER, user.getName(), key);
    }

    @Post("/{number}/cancel")
    @Secured({"BUYER", "MANAGER"})
    PurchaseRequestView cancel(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.act(number, PurchaseAction.CANCEL, user.getName(), key);
    }

    /** Stops waiting for the rest of a partial delivery: it is no longer on order. */
    @Post("/{number}/close")
    @Secured({"BUYER", "MANAGER"})
    PurchaseRequestView close(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.act(number, PurchaseAction.CLOSE, user.getName(), key);
    }

    @Post("/{number}/receive")
    @Secured({"STOREKEEPER", "BUYER", "MANAGER"})
    PurchaseRequestView receive(String number, @Body @Valid PurchaseRequests.Receive request,
                                @Nullable @Header(KEY) String key, Authentication user) {
        return purchasing.receive(number, request, user.getName(), key);
    }
}

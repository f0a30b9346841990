package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/suppliers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
class SupplierController {

    private final SupplierDirectory suppliers;

    SupplierController(SupplierDirectory suppliers) {
        this.suppliers = suppliers;
    }

    @Post
    @Secured({"BUYER", "MANAGER"})
    HttpResponse<SupplierView> create(@Body @Valid SupplierView request) {
        return HttpResponse.created(suppliers.create(request));
    }

    @Get
    PageView<SupplierView> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return suppliers.list(Paging.of(page, size));
    }

    @Get("/{code}")
    SupplierView get(String code) {
        return suppliers.view(code);
    }

    @Get("/{code}/offers")
    PageView<OfferView> offers(String code, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return suppliers.offers(code, Paging.of(page, size));
    }

    @Get("/{code}/price-history")
    PageView<PriceChange> priceHistory(String code, @Nullable @QueryValue String supplierRef,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return suppliers.priceHistory(code, supplierRef, Paging.of(page, size));
    }

    /** Creates or replaces one offer, keyed by the supplier's reference. */
    @Post("/{code}/offers")
    @Secured({"BUYER", "MANAGER"})
    OfferView putOffer(String code, @Body @Valid OfferRequest request) {
        return suppliers.putOffer(code, request);
    }
}

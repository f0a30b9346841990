package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Controller("/api/parts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
class PartController {

    private final Catalog catalog;
    private final PartEdits edits;

    PartController(Catalog catalog, PartEdits edits) {
        this.catalog = catalog;
        this.edits = edits;
    }

    @Post
    @Secured({"BUYER", "MANAGER"})
    HttpResponse<PartView> create(@Body @Valid PartRequest request) {
        return HttpResponse.created(edits.create(request));
    }

    @Get
    PageView<PartView> search(@Nullable @QueryValue String q, @Nullable @QueryValue String family,
                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return catalog.search(q, family, Paging.of(page, size));
    }

    @Get("/{sku}")
    HttpResponse<PartView> get(String sku) {
        return tagged(catalog.view(sku));
    }

    @Put("/{sku}")
    @Secured({"BUYER", "MANAGER"})
    @Operation(summary = "Replaces the part whole", description = "A full replace: a field left out is cleared or "
            + "takes its default, as for a new part (send only a name and the family, manufacturer, GTIN and costs are "
            + "gone). To change some fields only, use PATCH. With If-Match, a part changed since is a 412.")
    HttpResponse<PartView> update(String sku, @Body @Valid PartRequest request,
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(edits.update(sku, request, ifMatch));
    }

    @Patch("/{sku}")
    @Secured({"BUYER", "MANAGER"})
    @Operation(summary = "Changes only the fields sent", description = "null clears an optional field (family, "
            + "manufacturer, manufacturerRef, gtin, standardCost, exchangePrice), never name, unit, serialized or "
            + "repairable. With If-Match (the ETag of GET), a part changed since is a 412.")
    HttpResponse<PartView> patch(String sku, @Body JsonNode fields,
                                 @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(edits.patch(sku, fields, ifMatch));
    }

    @Put("/{sku}/equivalents")
    @Secured({"BUYER", "WORKSHOP", "MANAGER"})
    Equivalents replaceEquivalents(String sku, @Body @Valid Equivalents request) {
        return new Equivalents(catalog.replaceEquivalents(sku, request.skus()));
    }

    @Put("/{sku}/components")
    @Secured({"BUYER", "WORKSHOP", "MANAGER"})
    Components replaceComponents(String sku, @Body @Valid Components request) {
        return new Components(catalog.replaceComponents(sku, request.components()));
    }

    @Get("/{sku}/offers")
    List<OfferView> offers(String sku) {
        return catalog.offersOf(sku);
    }

    private static HttpResponse<PartView> tagged(PartView part) {
        return HttpResponse.ok(part).header(HttpHeaders.ETAG, PartTag.of(part));
    }

    @Serdeable
    record Equivalents(@NotNull @Size(max = 200) List<@NotNull String> skus) {
    }

    @Serdeable
    record Components(@NotNull @Size(max = 500) List<@NotNull @Valid ComponentLine> components) {
    }
}

package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/locations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
class LocationController {

    private final LocationDirectory locations;

    LocationController(LocationDirectory locations) {
        this.locations = locations;
    }

    @Post
    @Secured({"STOREKEEPER", "MANAGER"})
    HttpResponse<LocationView> create(@Body @Valid LocationView request) {
        return HttpResponse.created(locations.create(request));
    }

    @Get
    PageView<LocationView> list(@Nullable @QueryValue LocationKind kind,
                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return locations.list(kind, Paging.of(page, size));
    }

    @Get("/{code}")
    LocationView get(String code) {
        return locations.view(code);
    }

    /** A new name or parent; the code and kind stay. */
    @Put("/{code}")
    @Secured({"STOREKEEPER", "MANAGER"})
    LocationView change(String code, @Body @Valid LocationView request) {
        return locations.change(code, request);
    }
}

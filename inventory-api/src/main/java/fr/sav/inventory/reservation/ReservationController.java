package fr.sav.inventory.reservation;

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
@Tag(name = "Reservations")
class ReservationController {

    private static final String KEY = "Idempotency-Key";

    private final Reservations reservations;
    private final Availability availability;

    ReservationController(Reservations reservations, Availability availability) {
        this.reservations = reservations;
        this.availability = availability;
    }

    @Get("/parts/{sku}/availability")
    AvailabilityView availability(String sku, @Nullable @QueryValue Integer quantity,
                                  @Nullable @QueryValue Boolean includeVans) {
        return availability.of(sku, quantity == null ? 1 : quantity, Boolean.TRUE.equals(includeVans));
    }

    @Post("/reservations")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    HttpResponse<ReservationView> reserve(@Body @Valid ReservationRequest request, @Nullable @Header(KEY) String key,
                                          Authentication user) {
        return HttpResponse.created(reservations.reserve(request, user.getName(), key));
    }

    @Get("/reservations")
    PageView<ReservationView> list(@Nullable @QueryValue String reference, @Nullable @QueryValue String sku,
                                   @Nullable @QueryValue ReservationStatus status,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return reservations.list(reference, sku, status, Paging.of(page, size));
    }

    @Get("/reservations/{id}")
    ReservationView get(long id) {
        return reservations.get(id);
    }

    @Post("/reservations/{id}/fulfil")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    ReservationView fulfil(long id, @Nullable @Header(KEY) String key, Authentication user) {
        return reservations.fulfil(id, user.getName(), key);
    }

    @Post("/reservations/{id}/release")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    ReservationView release(long id, @Nullable @Header(KEY) String key, Authentication user) {
        return reservations.release(id, user.getName(), key);
    }
}

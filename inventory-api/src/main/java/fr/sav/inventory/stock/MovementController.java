package fr.sav.inventory.stock;

import fr.sav.inventory.security.Accounts;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.Instant;

@Controller("/api/movements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stock")
class MovementController {

    private final Warehouse warehouse;
    private final StockQueries queries;
    private final Accounts accounts;

    MovementController(Warehouse warehouse, StockQueries queries, Accounts accounts) {
        this.warehouse = warehouse;
        this.queries = queries;
        this.accounts = accounts;
    }

    @Post
    @Secured({"STOREKEEPER", "WORKSHOP", "MANAGER"})
    HttpResponse<MovementView> record(@Body @Valid MovementRequest request,
                                      @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                      Authentication user) {
        return HttpResponse.created(warehouse.record(request, Recorder.of(user.getName(), user.getRoles(),
                () -> accounts.home(user.getName()).orElse(null)), idempotencyKey));
    }

    /** Takes a movement back (the pages' undo): 201 with the compensating movement. */
    @Post("/{id}/reverse")
    @Secured({"STOREKEEPER", "WORKSHOP", "MANAGER"})
    HttpResponse<MovementView> reverse(long id, @Nullable @Body ReverseRequest request,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       Authentication user) {
        return HttpResponse.created(warehouse.reverse(id, request == null ? null : request.note(), user.getName(),
                idempotencyKey));
    }

    @Serdeable
    record ReverseRequest(@Nullable @Size(max = 500) String note) {
    }

    @Get
    PageView<MovementView> ledger(@Nullable @QueryValue String sku, @Nullable @QueryValue String location,
                                  @Nullable @QueryValue MovementType type, @Nullable @QueryValue Instant from,
                                  @Nullable @QueryValue Instant to, @Nullable @QueryValue String reference,
                                  @Nullable @QueryValue String recordedBy,
                                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return queries.movements(sku, location, type, from, to, reference, recordedBy, Paging.of(page, size));
    }
}

package fr.sav.inventory.field;

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

@Controller("/api/transfer-orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Field stock")
class TransferOrderController {

    private static final String KEY = "Idempotency-Key";

    private final TransferOrders orders;
    private final PickLists pickLists;

    TransferOrderController(TransferOrders orders, PickLists pickLists) {
        this.orders = orders;
        this.pickLists = pickLists;
    }

    @Post
    @Secured({"STOREKEEPER", "MANAGER"})
    HttpResponse<TransferOrderView> create(@Body @Valid TransferOrderRequests.Create request,
                                           @Nullable @Header(KEY) String key, Authentication user) {
        return HttpResponse.created(orders.create(request, user.getName(), key));
    }

    @Get
    PageView<TransferOrderView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                     @Nullable @QueryValue TransferOrderStatus status,
                                     @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return orders.list(from, to, status, Paging.of(page, size));
    }

    @Get("/{number}")
    TransferOrderView get(String number) {
        return orders.get(number);
    }

    @Post("/{number}/ship")
    @Secured({"STOREKEEPER", "MANAGER"})
    TransferOrderView ship(String number, @Nullable @Header(KEY) String key, Authentication user) {
        return orders.ship(number, user.getName(), key);
    }

    /** A technician receives what came into their van; a storekeeper what came into a store. */
    @Post("/{number}/receive")
    @Secured({"STOREKEEPER", "WORKSHOP", "MANAGER"})
    TransferOrderView receive(String number, @Nullable @Body @Valid TransferOrderRequests.Receive request,
                              @Nullable @Header(KEY) String key, Authentication user) {
        return orders.receive(number, request == null ? new TransferOrderRequests.Receive(null) : request,
                user.getName(), key);
    }

    /** The storekeeper's pick list: each line with the sending location's and the part's barcodes. */
    @Get(value = "/{number}/pick-list.pdf", produces = "application/pdf")
    @Secured({"STOREKEEPER", "MANAGER"})
    HttpResponse<byte[]> pickList(String number) {
        return HttpResponse.ok(pickLists.pdf(orders.get(number))).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + number + "-pick-list.pdf\"");
    }
}

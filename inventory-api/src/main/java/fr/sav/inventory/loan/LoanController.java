package fr.sav.inventory.loan;

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

@Controller("/api/loans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Loans and rentals")
class LoanController {

    private static final String KEY = "Idempotency-Key";

    private final Loans loans;

    LoanController(Loans loans) {
        this.loans = loans;
    }

    @Post
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    HttpResponse<LoanView> lend(@Body @Valid LoanRequests.Lend request, @Nullable @Header(KEY) String key,
                                Authentication user) {
        return HttpResponse.created(loans.lend(request, user.getName(), key));
    }

    @Get
    PageView<LoanView> list(@Nullable @QueryValue LoanStatus status, @Nullable @QueryValue String sku,
                            @Nullable @QueryValue String repairOrder, @Nullable @QueryValue Boolean overdue,
                            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return loans.list(status, sku, repairOrder, Boolean.TRUE.equals(overdue), Paging.of(page, size));
    }

    @Get("/{number}")
    LoanView get(String number) {
        return loans.get(number);
    }

    @Post("/{number}/return")
    @Secured({"WORKSHOP", "STOREKEEPER", "MANAGER"})
    LoanView giveBack(String number, @Body @Valid LoanRequests.Return request, @Nullable @Header(KEY) String key,
                      Authentication user) {
        return loans.giveBack(number, request, user.getName(), key);
    }
}

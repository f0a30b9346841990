package fr.sav.inventory.security;

import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Accounts are created by a manager. */
@Controller("/api/users")
@Secured("MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Security")
class UserController {

    private final Accounts accounts;
    private final Transactions transactions;
    private final Clock clock;

    UserController(Accounts accounts, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Post
    HttpResponse<UserView> create(@Body @Valid NewUser request) {
        Account saved = transactions.write(() -> {
            if (accounts.findByUsername(request.username()).isPresent()) {
                throw Conflict.duplicate("user", request.username());
            }
            return accounts.save(Account.create(request.username(), request.password(),
                    EnumSet.copyOf(request.roles()), clock.instant()));
        });
        return HttpResponse.created(UserView.of(saved));
    }

    @Get
    List<UserView> list() {
        return transactions.read(() -> accounts.listOrderByUsername().stream().map(UserView::of).toList());
    }

    @Serdeable
    record NewUser(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "2 to 64 letters, digits, '.', '_' or '-'") String username,
                   @NotNull @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                   @NotNull @NotEmpty Set<@NotNull Role> roles) {
    }

    @Serdeable
    record UserView(String username, Set<Role> roles, boolean enabled) {
        static UserView of(Account account) {
            return new UserView(account.username(), account.grantedRoles(), account.enabled());
        }
    }
}

package fr.sav.inventory.security;

import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Accounts are created and changed by a manager: a new password, other roles, disabled or enabled again. A change
 * ends the account's earlier sessions ({@link AccountSessions}). A manager cannot lock themselves out, and the last
 * enabled manager stays one.
 */
@Controller("/api/users")
@Secured("MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Security")
class UserController {

    private final Accounts accounts;
    private final AccountSessions sessions;
    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    UserController(Accounts accounts, AccountSessions sessions, Sql sql, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.sql = sql;
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
                    EnumSet.copyOf(request.roles()), request.email(), clock.instant()));
        });
        sessions.changed(saved);
        return HttpResponse.created(UserView.of(saved));
    }

    @Patch("/{username}")
    UserView change(String username, @Body @Valid UserChange request, Authentication user) {
        if (request.password() == null && request.roles() == null && request.enabled() == null
                && request.email() == null) {
            throw new InvalidRequest("body", "say what to change: password, roles, enabled or email");
        }
        if (username.equalsIgnoreCase(user.getName()) && (Boolean.FALSE.equals(request.enabled())
                || request.roles() != null && !request.roles().contains(Role.MANAGER))) {
            throw new Conflict("own-account", "Own account",
                    "A manager cannot disable their own account nor take away their own MANAGER role");
        }
        Account saved = transactions.write(() -> {
            // One account change at a time, so that two managers disabling each other cannot both succeed.
            sql.list("SELECT id FROM app_user FOR UPDATE", row -> row.getLong(1));
            List<Account> all = accounts.findAll();
            Account before = all.stream().filter(account -> account.username().equalsIgnoreCase(username)).findFirst()
                    .orElseThrow(() -> new NotFound("user", username));
            Account after = request.password() == null && request.roles() == null && request.enabled() == null
                    ? before : before.changed(request.password(), request.roles(), request.enabled(), clock.instant());
            if (request.email() != null) {
                after = after.withEmail(request.email());
            }
            if (Account.takesTheLastManager(all, before, after)) {
                throw new Conflict("last-manager", "Last manager", "'" + before.username()
                        + "' is the last enabled manager: give another account the MANAGER role first");
            }
            return accounts.update(after);
        });
        sessions.changed(saved);
        return UserView.of(saved);
    }

    @Get
    List<UserView> list() {
        return transactions.read(() -> accounts.listOrderByUsername().stream().map(UserView::of).toList());
    }

    @Serdeable
    record NewUser(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "2 to 64 letters, digits, '.', '_' or '-'") String username,
                   @NotNull @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                   @NotNull @NotEmpty Set<@NotNull Role> roles,
                   @Nullable @Email @Size(max = 254) String email) {
    }

    /** What a manager changes in an account; what is left out stays as it is. */
    @Serdeable
    record UserChange(@Nullable @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                      @Nullable @Size(min = 1, message = "must name at least one role") Set<@NotNull Role> roles,
                      @Nullable Boolean enabled,
                      @Nullable @Email @Size(max = 254, message = "must be an e-mail address, or empty for none") String email) {
    }

    @Serdeable
    record UserView(String username, Set<Role> roles, boolean enabled, @Nullable String email) {
        static UserView of(Account account) {
            return new UserView(account.username(), account.grantedRoles(), account.enabled(), account.email());
        }
    }
}

package fr.sav.inventory.security;

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

import java.util.List;
import java.util.Set;

/**
 * Accounts are created and changed by a manager ({@link Accounts} holds the rules).
 */
@Controller("/api/users")
@Secured("MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Security")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Post
    HttpResponse<UserView> create(@Body @Valid NewUser request) {
        return HttpResponse.created(UserView.of(accounts.create(request.username(), request.password(), request.roles(),
                request.email(), request.location())));
    }

    @Patch("/{username}")
    UserView change(String username, @Body @Valid UserChange request, Authentication user) {
        return UserView.of(accounts.change(username, request.password(), request.roles(), request.enabled(),
                request.email(), request.location(), user.getName()));
    }

    @Get
    List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @Serdeable
    record NewUser(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "2 to 64 letters, digits, '.', '_' or '-'") String username,
                   @NotNull @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                   @NotNull @NotEmpty Set<@NotNull Role> roles,
                   @Nullable @Email @Size(max = 254) String email,
                   @Nullable @Size(max = 32) String location) {
    }

    /** What a manager changes in an account; what is left out stays as it is. */
    @Serdeable
    record UserChange(@Nullable @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
                      @Nullable @Size(min = 1, message = "must name at least one role") Set<@NotNull Role> roles,
                      @Nullable Boolean enabled,
                      @Nullable @Email @Size(max = 254, message = "must be an e-mail address, or empty for none") String email,
                      @Nullable @Size(max = 32, message = "must be a location code, or empty for none") String location) {
    }

    @Serdeable
    record UserView(String username, Set<Role> roles, boolean enabled, @Nullable String email,
                    @Nullable String location) {
        static UserView of(Account account) {
            return new UserView(account.username(), account.grantedRoles(), account.enabled(), account.email(),
                    account.location());
        }
    }
}

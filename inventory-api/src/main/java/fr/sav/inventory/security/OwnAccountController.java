package fr.sav.inventory.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What everyone may do with their own account, whatever their roles: see it, and change its password (given the
 * current one, so that a session left open on a shared workshop terminal cannot take the account over). The change
 * ends the account's earlier sessions, this one included: the next call logs in with the new password.
 */
@Controller("/api/users/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Security")
class OwnAccountController {

    private final Accounts accounts;

    OwnAccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Get
    UserController.UserView me(Authentication user) {
        return UserController.UserView.of(accounts.own(user.getName()));
    }

    @Put("/password")
    HttpResponse<Void> changePassword(@Body @Valid PasswordChange request, Authentication user) {
        accounts.changePassword(user.getName(), request.currentPassword(), request.newPassword());
        return HttpResponse.noContent();
    }

    @Serdeable
    record PasswordChange(@NotNull String currentPassword,
                          @NotNull @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String newPassword) {
    }
}

package fr.sav.inventory.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Each account's inbox: what needs its attention. */
@Controller("/api/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Get
    Inbox inbox(@Nullable @QueryValue Boolean unread, Authentication user) {
        return notifications.inbox(user.getName(), Boolean.TRUE.equals(unread));
    }

    @Post("/{id}/read")
    NotificationView read(long id, Authentication user) {
        return notifications.read(id, user.getName());
    }
}

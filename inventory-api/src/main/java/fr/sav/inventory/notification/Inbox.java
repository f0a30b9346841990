package fr.sav.inventory.notification;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An account's notifications, newest first, and how many it has not read (the badge on every page). */
@Serdeable
public record Inbox(List<NotificationView> items, long unread) {
}

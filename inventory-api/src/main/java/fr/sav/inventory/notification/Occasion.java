package fr.sav.inventory.notification;

/**
 * Something that needs attention now: its kind, what it is about (a document number, at most one notification per
 * account for it), the subject line, and the page that acts on it.
 */
public record Occasion(NotificationKind kind, String about, String subject, String link) {
}

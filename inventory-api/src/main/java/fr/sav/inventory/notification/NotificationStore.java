package fr.sav.inventory.notification;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The notification table: one row per account told of an occasion, unique per (account, kind, about). */
@Singleton
class NotificationStore {

    private static final String COLUMNS = "id, kind, about, subject, link, created_at, read_at";

    private final Sql sql;

    NotificationStore(Sql sql) {
        this.sql = sql;
    }

    /** Tells the account of the occasion unless it was already told; answers whether this row is new. */
    boolean tell(String username, Occasion occasion, Instant now) {
        return sql.update("INSERT IGNORE INTO notification (username, kind, about, subject, link, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", username, occasion.kind(), occasion.about(), occasion.subject(),
                occasion.link(), now) == 1;
    }

    List<NotificationView> inbox(String username, boolean unreadOnly, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM notification WHERE username = ?"
                + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC LIMIT ?", NotificationStore::view,
                username, limit);
    }

    long unread(String username) {
        return sql.count("SELECT COUNT(*) FROM notification WHERE username = ? AND read_at IS NULL", username);
    }

    /** Marks the account's own notification read (the first reading is kept); empty when it is not theirs. */
    Optional<NotificationView> read(long id, String username, Instant now) {
        sql.update("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND username = ?", now, id, username);
        return sql.one("SELECT " + COLUMNS + " FROM notification WHERE id = ? AND username = ?", NotificationStore::view,
                id, username);
    }

    /** Notifications still to e-mail, oldest first: made since {@code since}, not mailed yet. */
    List<Unmailed> unmailed(Instant since, int limit) {
        return sql.list("SELECT id, username, subject, link FROM notification "
                        + "WHERE mailed_at IS NULL AND created_at >= ? ORDER BY id LIMIT ?",
                row -> new Unmailed(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)), since, limit);
    }

    void mailed(long id, Instant now) {
        sql.update("UPDATE notification SET mailed_at = ? WHERE id = ?", now, id);
    }

    record Unmailed(long id, String username, String subject, String link) {
    }

    private static NotificationView view(ResultSet row) throws SQLException {
        return new NotificationView(row.getLong("id"), NotificationKind.valueOf(row.getString("kind")),
                row.getString("about"), row.getString("subject"), row.getString("link"),
                Sql.instant(row, "created_at"), Sql.instant(row, "read_at"));
    }
}

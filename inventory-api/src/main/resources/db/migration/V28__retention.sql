-- Growing tables keep only what is still useful: idempotency records for inventory.retention.idempotency-days,
-- read notifications for inventory.retention.notification-days (shared/Retention purges them in batches).
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
CREATE INDEX ix_notification_read ON notification (read_at);

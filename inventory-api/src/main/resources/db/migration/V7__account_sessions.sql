-- Bearer tokens issued before this instant no longer open a session: it moves when an account is disabled or
-- enabled again, or its password or roles change.
ALTER TABLE app_user ADD COLUMN sessions_valid_from DATETIME(3) NULL;
UPDATE app_user SET sessions_valid_from = created_at;
ALTER TABLE app_user MODIFY sessions_valid_from DATETIME(3) NOT NULL;

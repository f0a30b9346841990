-- An idempotency key belongs to the account that sent it: the same key from another account is another request.
-- Records written before this change keep an empty account and are never matched again (they only answered repeats).
ALTER TABLE idempotency_record
    ADD COLUMN account VARCHAR(64) NOT NULL DEFAULT '' FIRST,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (account, idempotency_key, scope);

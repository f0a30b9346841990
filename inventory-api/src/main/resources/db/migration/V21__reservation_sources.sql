-- Every option of the availability cascade can be reserved: a reservation says where it comes from (source) and,
-- while it waits, what it waits for (awaiting: the repair order that will produce the part, or the purchase
-- request that buys it). A waiting reservation holds no stock yet.
ALTER TABLE reservation DROP CONSTRAINT ck_reservation_status;
ALTER TABLE reservation MODIFY status VARCHAR(16) NOT NULL;
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_status
    CHECK (status IN ('ACTIVE','FULFILLED','RELEASED','EXPIRED','AWAITING_REPAIR','AWAITING_RECEIPT'));
ALTER TABLE reservation ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'STOCK';
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_source
    CHECK (source IN ('STOCK','EQUIVALENT_STOCK','IN_REPAIR','CANNIBALISE','PURCHASE'));
ALTER TABLE reservation ADD COLUMN awaiting VARCHAR(64) NULL;
CREATE INDEX ix_reservation_awaiting ON reservation (awaiting, status);

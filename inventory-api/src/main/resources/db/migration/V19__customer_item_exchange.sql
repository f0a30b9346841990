-- A customer's item taken as our core: the order keeps the exchange it ended in (EXCHANGED), and a drop-off of a
-- unit we once handed out in an exchange keeps that exchange's number.
ALTER TABLE repair_order
    ADD COLUMN exchange_number VARCHAR(20) NULL AFTER diagnosis_fee,
    ADD COLUMN issued_in       VARCHAR(20) NULL AFTER return_count;

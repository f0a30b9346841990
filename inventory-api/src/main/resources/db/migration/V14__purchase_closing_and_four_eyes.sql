-- Purchase requests: who submitted them (four eyes at approval), and CLOSED for a delivery that stays short.

ALTER TABLE purchase_request ADD COLUMN submitted_by VARCHAR(64) NULL AFTER created_by;

UPDATE purchase_request r SET submitted_by = (SELECT e.recorded_by FROM purchase_request_event e
                                              WHERE e.request_id = r.id AND e.action = 'submit'
                                              ORDER BY e.id DESC LIMIT 1);

ALTER TABLE purchase_request DROP CONSTRAINT ck_purchase_status;
ALTER TABLE purchase_request ADD CONSTRAINT ck_purchase_status
    CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','ORDERED','PARTIALLY_RECEIVED','RECEIVED','CLOSED','CANCELLED'));

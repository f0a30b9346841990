-- Loans and rentals (prêt, location) of a serialized unit of our stock to a customer whose repair takes too long;
-- the unit leaves stock by an ISSUE and comes back DEFECTIVE by a RETURN (reason LOAN_END), both referencing the loan.

CREATE TABLE loan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(20)  NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    part_id       BIGINT       NOT NULL,
    serial        VARCHAR(40)  NOT NULL,
    lent_condition VARCHAR(16)  NOT NULL,
    lent_location BIGINT       NOT NULL,
    lent_value    DECIMAL(12,2) NULL,
    customer_ref  VARCHAR(64)  NOT NULL,
    repair_order  VARCHAR(20)  NULL,
    due_date      DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    returned_to   BIGINT       NULL,
    returned_at   DATETIME(3)  NULL,
    returned_by   VARCHAR(64)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_loan_number UNIQUE (number),
    INDEX ix_loan_status_due (status, due_date),
    INDEX ix_loan_serial (serial),
    INDEX ix_loan_repair_order (repair_order),
    CONSTRAINT fk_loan_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_loan_location FOREIGN KEY (lent_location) REFERENCES location (id),
    CONSTRAINT fk_loan_returned_to FOREIGN KEY (returned_to) REFERENCES location (id),
    CONSTRAINT ck_loan_kind CHECK (kind IN ('LOAN','RENTAL')),
    CONSTRAINT ck_loan_status CHECK (status IN ('LENT','RETURNED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The repair order that reconditions a loan's unit (DOMAIN rule 16: its cost is charged to the loan): a company
-- repair order on the unit opened after the loan's end brought it back DEFECTIVE, the unit having made no other
-- movement in between (the order's own movements aside).
CREATE VIEW loan_reconditioning AS
SELECT l.number AS loan_number, r.number AS repair_order
FROM loan l
JOIN stock_movement back ON back.reference = l.number AND back.type = 'RETURN' AND back.return_reason = 'LOAN_END'
JOIN repair_order r ON r.serial = l.serial AND r.owner = 'COMPANY' AND r.received_at >= back.recorded_at
WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.serial = l.serial AND m.id > back.id
                  AND m.recorded_at <= r.received_at AND (m.reference IS NULL OR m.reference <> r.number));

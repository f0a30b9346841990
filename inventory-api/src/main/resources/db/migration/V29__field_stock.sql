-- Field stock (DOMAIN rule 18): goods between two places are in transit, in a location of their own (counted and
-- valued, available nowhere); vans and stores carry a minimum and maximum per part; transfer orders move stock from
-- a store to a van (or between any two places) through transit; an account may have a home location (its van).

ALTER TABLE location DROP CONSTRAINT ck_location_kind;
ALTER TABLE location ADD CONSTRAINT ck_location_kind
    CHECK (kind IN ('STORE','BIN','WORKSHOP','VAN','QUARANTINE','AWAITING_CUSTOMER','SUBCONTRACTOR','TRANSIT'));

CREATE TABLE location_stock_rule (
    location_id BIGINT      NOT NULL,
    part_id     BIGINT      NOT NULL,
    min_qty     INT         NOT NULL,
    max_qty     INT         NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (location_id, part_id),
    INDEX ix_stock_rule_part (part_id),
    CONSTRAINT fk_stock_rule_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_stock_rule_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_stock_rule_min CHECK (min_qty >= 0),
    CONSTRAINT ck_stock_rule_max CHECK (max_qty >= min_qty AND max_qty > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE transfer_order (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    number           VARCHAR(20) NOT NULL,
    from_location_id BIGINT      NOT NULL,
    to_location_id   BIGINT      NOT NULL,
    status           VARCHAR(16) NOT NULL,
    created_at       DATETIME(3) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    shipped_at       DATETIME(3) NULL,
    shipped_by       VARCHAR(64) NULL,
    received_at      DATETIME(3) NULL,
    received_by      VARCHAR(64) NULL,
    CONSTRAINT uk_transfer_order_number UNIQUE (number),
    INDEX ix_transfer_order_to (to_location_id, status),
    INDEX ix_transfer_order_from (from_location_id, status),
    CONSTRAINT fk_transfer_order_from FOREIGN KEY (from_location_id) REFERENCES location (id),
    CONSTRAINT fk_transfer_order_to FOREIGN KEY (to_location_id) REFERENCES location (id),
    CONSTRAINT ck_transfer_order_status CHECK (status IN ('OPEN','IN_TRANSIT','RECEIVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE transfer_order_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT      NOT NULL,
    line_no           INT         NOT NULL,
    part_id           BIGINT      NOT NULL,
    item_condition    VARCHAR(16) NOT NULL,
    serial            VARCHAR(40) NULL,
    quantity          INT         NOT NULL,
    received_quantity INT         NULL,
    CONSTRAINT uk_transfer_order_line UNIQUE (order_id, line_no),
    INDEX ix_transfer_order_line_part (part_id),
    CONSTRAINT fk_transfer_order_line_order FOREIGN KEY (order_id) REFERENCES transfer_order (id),
    CONSTRAINT fk_transfer_order_line_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_transfer_order_line_quantity CHECK (quantity > 0 AND (serial IS NULL OR quantity = 1)),
    CONSTRAINT ck_transfer_order_line_received CHECK (received_quantity IS NULL
        OR received_quantity BETWEEN 0 AND quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE app_user ADD COLUMN location VARCHAR(32) NULL;

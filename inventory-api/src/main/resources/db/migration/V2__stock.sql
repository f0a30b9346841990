-- The stock ledger (append-only truth), the levels kept beside it, serialized units, idempotency records.

CREATE TABLE stock_level (
    part_id        BIGINT      NOT NULL,
    location_id    BIGINT      NOT NULL,
    item_condition VARCHAR(16) NOT NULL,
    on_hand        INT         NOT NULL DEFAULT 0,
    reserved       INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (part_id, location_id, item_condition),
    INDEX ix_level_location (location_id),
    CONSTRAINT fk_level_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_level_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_level_on_hand CHECK (on_hand >= 0),
    CONSTRAINT ck_level_reserved CHECK (reserved >= 0),
    CONSTRAINT ck_level_reserved_le_on_hand CHECK (reserved <= on_hand),
    CONSTRAINT ck_level_condition CHECK (item_condition IN ('NEW','REPAIRED','RECONDITIONED','USED','DEFECTIVE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock_movement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    type               VARCHAR(16)   NOT NULL,
    part_id            BIGINT        NOT NULL,
    quantity           INT           NOT NULL,
    serial             VARCHAR(40)   NULL,
    from_location_id   BIGINT        NULL,
    from_condition     VARCHAR(16)   NULL,
    to_location_id     BIGINT        NULL,
    to_condition       VARCHAR(16)   NULL,
    reference          VARCHAR(64)   NULL,
    unit_cost          DECIMAL(12,4) NULL,
    note               VARCHAR(500)  NULL,
    occurred_at        DATETIME(3)  NOT NULL,
    recorded_at        DATETIME(3)  NOT NULL,
    recorded_by        VARCHAR(64)   NOT NULL,
    INDEX ix_movement_part_time (part_id, occurred_at),
    INDEX ix_movement_reference (reference),
    INDEX ix_movement_from (from_location_id),
    INDEX ix_movement_to (to_location_id),
    INDEX ix_movement_serial (serial),
    CONSTRAINT fk_movement_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_movement_from FOREIGN KEY (from_location_id) REFERENCES location (id),
    CONSTRAINT fk_movement_to FOREIGN KEY (to_location_id) REFERENCES location (id),
    CONSTRAINT ck_movement_quantity CHECK (quantity > 0),
    CONSTRAINT ck_movement_sides CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL),
    CONSTRAINT ck_movement_type CHECK (type IN ('RECEIPT','ISSUE','RETURN','TRANSFER','REGRADE','ADJUSTMENT','SCRAP'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock_unit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    serial         VARCHAR(40)  NOT NULL,
    part_id        BIGINT       NOT NULL,
    item_condition VARCHAR(16)  NOT NULL,
    location_id    BIGINT       NULL,
    status         VARCHAR(20)  NOT NULL,
    owner          VARCHAR(10)  NOT NULL DEFAULT 'COMPANY',
    return_count   INT          NOT NULL DEFAULT 0,
    created_at     DATETIME(3) NOT NULL,
    updated_at     DATETIME(3) NOT NULL,
    CONSTRAINT uk_unit_serial UNIQUE (serial),
    INDEX ix_unit_part (part_id),
    CONSTRAINT fk_unit_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_unit_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_unit_return_count CHECK (return_count >= 0),
    CONSTRAINT ck_unit_status CHECK (status IN ('IN_STOCK','RESERVED','ISSUED','IN_REPAIR','AT_SUBCONTRACTOR','AT_CUSTOMER','SCRAPPED')),
    CONSTRAINT ck_unit_owner CHECK (owner IN ('COMPANY','CUSTOMER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(128) NOT NULL,
    scope           VARCHAR(64)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (idempotency_key, scope)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

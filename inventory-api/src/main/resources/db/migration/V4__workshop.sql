-- Reservations, unmet demand, document numbers, repair orders and standard exchanges.

CREATE TABLE document_sequence (
    prefix     VARCHAR(8) NOT NULL,
    year       INT        NOT NULL,
    last_value BIGINT     NOT NULL,
    PRIMARY KEY (prefix, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE unmet_demand (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id     BIGINT       NOT NULL,
    quantity    INT          NOT NULL,
    reference   VARCHAR(64)  NULL,
    source      VARCHAR(16)  NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    INDEX ix_unmet_part_time (part_id, occurred_at),
    CONSTRAINT fk_unmet_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_unmet_quantity CHECK (quantity > 0),
    CONSTRAINT ck_unmet_source CHECK (source IN ('ISSUE','RESERVATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reservation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference      VARCHAR(64)  NOT NULL,
    part_id        BIGINT       NOT NULL,
    quantity       INT          NOT NULL,
    needed_by      DATE         NULL,
    status         VARCHAR(12)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    closed_at      DATETIME(3)  NULL,
    INDEX ix_reservation_reference (reference),
    INDEX ix_reservation_status_needed (status, needed_by),
    INDEX ix_reservation_part (part_id),
    CONSTRAINT fk_reservation_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_reservation_quantity CHECK (quantity > 0),
    CONSTRAINT ck_reservation_status CHECK (status IN ('ACTIVE','FULFILLED','RELEASED','EXPIRED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reservation_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    reservation_id BIGINT      NOT NULL,
    part_id        BIGINT      NOT NULL,
    location_id    BIGINT      NOT NULL,
    item_condition VARCHAR(16) NOT NULL,
    serial         VARCHAR(40) NULL,
    quantity       INT         NOT NULL,
    INDEX ix_line_reservation (reservation_id),
    INDEX ix_line_level (part_id, location_id, item_condition),
    CONSTRAINT fk_line_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
    CONSTRAINT fk_line_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_line_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE repair_order (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    origin              VARCHAR(20)   NOT NULL,
    owner               VARCHAR(10)   NOT NULL,
    part_id             BIGINT        NULL,
    serial              VARCHAR(40)   NULL,
    description         VARCHAR(500)  NULL,
    customer_ref        VARCHAR(64)   NULL,
    location_id         BIGINT        NULL,
    workshop_id         BIGINT        NULL,
    expected_date       DATE          NULL,
    received_at         DATETIME(3)   NOT NULL,
    return_count        INT           NOT NULL DEFAULT 0,
    findings            VARCHAR(1000) NULL,
    estimated_cost      DECIMAL(12,2) NULL,
    estimated_minutes   INT           NULL,
    recommendation      VARCHAR(10)   NULL,
    recommendation_note VARCHAR(500)  NULL,
    quote_amount        DECIMAL(12,2) NULL,
    subcontractor_id    BIGINT        NULL,
    subcontract_cost    DECIMAL(12,2) NULL,
    labor_minutes       INT           NULL,
    labor_cost          DECIMAL(12,2) NULL,
    parts_cost          DECIMAL(12,2) NULL,
    total_cost          DECIMAL(12,2) NULL,
    completed_condition VARCHAR(16)   NULL,
    closed_at           DATETIME(3)   NULL,
    created_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_repair_number UNIQUE (number),
    INDEX ix_repair_status (status),
    INDEX ix_repair_part_status (part_id, status),
    INDEX ix_repair_serial (serial),
    CONSTRAINT fk_repair_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_repair_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_repair_workshop FOREIGN KEY (workshop_id) REFERENCES location (id),
    CONSTRAINT fk_repair_subcontractor FOREIGN KEY (subcontractor_id) REFERENCES supplier (id),
    CONSTRAINT ck_repair_owner CHECK (owner IN ('COMPANY','CUSTOMER')),
    CONSTRAINT ck_repair_origin CHECK (origin IN ('CORE_RETURN','TECHNICIAN_RETURN','CUSTOMER_DROP_OFF','STOCK_DEFECTIVE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE repair_order_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    repair_order_id BIGINT       NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    from_status     VARCHAR(20)  NULL,
    to_status       VARCHAR(20)  NOT NULL,
    location_id     BIGINT       NULL,
    note            VARCHAR(500) NULL,
    occurred_at     DATETIME(3)  NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    INDEX ix_event_order (repair_order_id),
    CONSTRAINT fk_event_order FOREIGN KEY (repair_order_id) REFERENCES repair_order (id),
    CONSTRAINT fk_event_location FOREIGN KEY (location_id) REFERENCES location (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE standard_exchange (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    number           VARCHAR(20)   NOT NULL,
    part_id          BIGINT        NOT NULL,
    customer_ref     VARCHAR(64)   NOT NULL,
    issued_serial    VARCHAR(40)   NULL,
    issued_condition VARCHAR(16)   NOT NULL,
    issued_location  BIGINT        NOT NULL,
    core_due_date    DATE          NOT NULL,
    core_charge      DECIMAL(12,2) NULL,
    status           VARCHAR(16)   NOT NULL,
    core_serial      VARCHAR(40)   NULL,
    core_received_at DATETIME(3)   NULL,
    repair_order     VARCHAR(20)   NULL,
    charged_at       DATETIME(3)   NULL,
    created_at       DATETIME(3)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_exchange_number UNIQUE (number),
    INDEX ix_exchange_status_due (status, core_due_date),
    INDEX ix_exchange_part (part_id),
    CONSTRAINT fk_exchange_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_exchange_location FOREIGN KEY (issued_location) REFERENCES location (id),
    CONSTRAINT ck_exchange_status CHECK (status IN ('CORE_OWED','CORE_RECEIVED','CORE_CHARGED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

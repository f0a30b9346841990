-- Purchase requests: from a reorder suggestion or by hand, through validation, order and reception.

CREATE TABLE purchase_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    number       VARCHAR(20)  NOT NULL,
    supplier_id  BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    note         VARCHAR(500) NULL,
    created_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    closed_at    DATETIME(3)  NULL,
    CONSTRAINT uk_purchase_number UNIQUE (number),
    INDEX ix_purchase_status (status),
    INDEX ix_purchase_supplier (supplier_id),
    CONSTRAINT fk_purchase_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_purchase_status CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','ORDERED','PARTIALLY_RECEIVED',
                                                    'RECEIVED','CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE purchase_request_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT        NOT NULL,
    line_no           INT           NOT NULL,
    part_id           BIGINT        NOT NULL,
    quantity          INT           NOT NULL,
    received_quantity INT           NOT NULL DEFAULT 0,
    unit_price        DECIMAL(12,4) NULL,
    currency          CHAR(3)       NULL,
    supplier_ref      VARCHAR(60)   NULL,
    needed_by         DATE          NULL,
    reference         VARCHAR(64)   NULL,
    CONSTRAINT uk_purchase_line UNIQUE (request_id, line_no),
    INDEX ix_purchase_line_part (part_id),
    CONSTRAINT fk_purchase_line_request FOREIGN KEY (request_id) REFERENCES purchase_request (id),
    CONSTRAINT fk_purchase_line_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_purchase_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_purchase_line_received CHECK (received_quantity >= 0 AND received_quantity <= quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE purchase_request_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NOT NULL,
    note        VARCHAR(500) NULL,
    occurred_at DATETIME(3)  NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    INDEX ix_purchase_event_request (request_id),
    CONSTRAINT fk_purchase_event_request FOREIGN KEY (request_id) REFERENCES purchase_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

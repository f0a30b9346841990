-- Returns to vendor: material sent back to its supplier, then credited, replaced or rejected.

ALTER TABLE stock_movement DROP CONSTRAINT ck_movement_type;
ALTER TABLE stock_movement ADD CONSTRAINT ck_movement_type
    CHECK (type IN ('RECEIPT','ISSUE','RETURN','TRANSFER','REGRADE','ADJUSTMENT','SCRAP','SUPPLIER_RETURN'));

ALTER TABLE stock_unit DROP CONSTRAINT ck_unit_status;
ALTER TABLE stock_unit ADD CONSTRAINT ck_unit_status
    CHECK (status IN ('IN_STOCK','RESERVED','ISSUED','IN_REPAIR','AT_SUBCONTRACTOR','AT_CUSTOMER','SCRAPPED','AT_SUPPLIER'));

CREATE TABLE supplier_return (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(20)   NOT NULL,
    supplier_id         BIGINT        NOT NULL,
    reason              VARCHAR(16)   NOT NULL,
    purchase_request_id BIGINT        NULL,
    status              VARCHAR(16)   NOT NULL,
    forced              BOOLEAN       NOT NULL DEFAULT FALSE,
    credit_amount       DECIMAL(12,2) NULL,
    currency            CHAR(3)       NULL,
    note                VARCHAR(500)  NULL,
    created_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    settled_at          DATETIME(3)   NULL,
    settled_by          VARCHAR(64)   NULL,
    CONSTRAINT uk_supplier_return_number UNIQUE (number),
    INDEX ix_supplier_return_supplier (supplier_id, status),
    CONSTRAINT fk_supplier_return_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_return_request FOREIGN KEY (purchase_request_id) REFERENCES purchase_request (id),
    CONSTRAINT ck_supplier_return_reason CHECK (reason IN ('DOA','QC_FAILED','WRONG_PART','WARRANTY')),
    CONSTRAINT ck_supplier_return_status CHECK (status IN ('SHIPPED','CREDITED','REPLACED','REJECTED')),
    CONSTRAINT ck_supplier_return_credit CHECK (credit_amount IS NULL OR credit_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_return_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id      BIGINT       NOT NULL,
    line_no        INT          NOT NULL,
    part_id        BIGINT       NOT NULL,
    quantity       INT          NOT NULL,
    serial         VARCHAR(40)  NULL,
    item_condition VARCHAR(16)  NOT NULL,
    location_id    BIGINT       NOT NULL,
    CONSTRAINT uk_supplier_return_line UNIQUE (return_id, line_no),
    INDEX ix_supplier_return_line_part (part_id),
    CONSTRAINT fk_supplier_return_line_return FOREIGN KEY (return_id) REFERENCES supplier_return (id),
    CONSTRAINT fk_supplier_return_line_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_supplier_return_line_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_supplier_return_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

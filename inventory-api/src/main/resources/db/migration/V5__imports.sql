-- Import reports, supplier price history and legacy consumption (demand) history.

CREATE TABLE import_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(24)  NOT NULL,
    dry_run        BOOLEAN      NOT NULL,
    on_error       VARCHAR(8)   NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    file_name      VARCHAR(255) NULL,
    target         VARCHAR(40)  NULL,
    rows_read      BIGINT       NOT NULL DEFAULT 0,
    created        BIGINT       NOT NULL DEFAULT 0,
    updated        BIGINT       NOT NULL DEFAULT 0,
    unchanged      BIGINT       NOT NULL DEFAULT 0,
    rejected       BIGINT       NOT NULL DEFAULT 0,
    errors         MEDIUMTEXT   NULL,
    format         TEXT         NULL,
    message        VARCHAR(1000) NULL,
    started_at     DATETIME(3)  NOT NULL,
    finished_at    DATETIME(3)  NULL,
    created_by     VARCHAR(64)  NOT NULL,
    INDEX ix_import_started (started_at),
    CONSTRAINT ck_import_kind CHECK (kind IN ('SUPPLIER_CATALOG','STOCK_COUNT','CONSUMPTION_HISTORY')),
    CONSTRAINT ck_import_status CHECK (status IN ('RUNNING','DONE','REJECTED','FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offer_price_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    offer_id   BIGINT        NOT NULL,
    old_price  DECIMAL(12,4) NOT NULL,
    new_price  DECIMAL(12,4) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    changed_at DATETIME(3)   NOT NULL,
    import_id  BIGINT        NULL,
    INDEX ix_price_history_offer (offer_id, changed_at),
    CONSTRAINT fk_price_history_offer FOREIGN KEY (offer_id) REFERENCES supplier_offer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE demand_history (
    part_id      BIGINT      NOT NULL,
    period_start DATE        NOT NULL,
    period_kind  VARCHAR(8)  NOT NULL,
    quantity     INT         NOT NULL,
    import_id    BIGINT      NULL,
    PRIMARY KEY (part_id, period_start, period_kind),
    CONSTRAINT fk_demand_history_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_demand_history_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_demand_history_kind CHECK (period_kind IN ('DAY','WEEK','MONTH'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

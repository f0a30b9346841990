-- Catalog master data: parts, their equivalents and components, suppliers and offers, locations.

CREATE TABLE part (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku              VARCHAR(40)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    family           VARCHAR(60)   NULL,
    manufacturer     VARCHAR(100)  NULL,
    manufacturer_ref VARCHAR(60)   NULL,
    gtin             VARCHAR(14)   NULL,
    unit             VARCHAR(16)   NOT NULL DEFAULT 'PIECE',
    serialized       BOOLEAN       NOT NULL DEFAULT FALSE,
    repairable       BOOLEAN       NOT NULL DEFAULT FALSE,
    standard_cost    DECIMAL(12,2) NULL,
    exchange_price   DECIMAL(12,2) NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uk_part_sku UNIQUE (sku),
    CONSTRAINT uk_part_gtin UNIQUE (gtin),
    CONSTRAINT ck_part_costs CHECK (standard_cost IS NULL OR standard_cost >= 0),
    CONSTRAINT ck_part_exchange CHECK (exchange_price IS NULL OR exchange_price >= 0),
    INDEX ix_part_manufacturer_ref (manufacturer_ref),
    INDEX ix_part_family (family),
    INDEX ix_part_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE part_equivalent (
    part_id       BIGINT NOT NULL,
    equivalent_id BIGINT NOT NULL,
    PRIMARY KEY (part_id, equivalent_id),
    CONSTRAINT fk_equivalent_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT fk_equivalent_other FOREIGN KEY (equivalent_id) REFERENCES part (id),
    CONSTRAINT ck_equivalent_not_self CHECK (part_id <> equivalent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE part_component (
    assembly_id  BIGINT NOT NULL,
    component_id BIGINT NOT NULL,
    quantity     INT    NOT NULL,
    PRIMARY KEY (assembly_id, component_id),
    INDEX ix_component_component (component_id),
    CONSTRAINT fk_component_assembly FOREIGN KEY (assembly_id) REFERENCES part (id),
    CONSTRAINT fk_component_part FOREIGN KEY (component_id) REFERENCES part (id),
    CONSTRAINT ck_component_quantity CHECK (quantity > 0),
    CONSTRAINT ck_component_not_self CHECK (assembly_id <> component_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    email          VARCHAR(200) NULL,
    currency       CHAR(3)      NOT NULL DEFAULT 'EUR',
    lead_time_days INT          NULL,
    created_at     DATETIME(3) NOT NULL,
    CONSTRAINT uk_supplier_code UNIQUE (code),
    CONSTRAINT ck_supplier_lead_time CHECK (lead_time_days IS NULL OR lead_time_days >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_offer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supplier_id    BIGINT        NOT NULL,
    part_id        BIGINT        NOT NULL,
    supplier_ref   VARCHAR(60)   NOT NULL,
    price          DECIMAL(12,4) NOT NULL,
    currency       CHAR(3)       NOT NULL DEFAULT 'EUR',
    min_order_qty  INT           NOT NULL DEFAULT 1,
    pack_size      INT           NOT NULL DEFAULT 1,
    lead_time_days INT           NULL,
    preferred      BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uk_offer_supplier_ref UNIQUE (supplier_id, supplier_ref),
    INDEX ix_offer_part (part_id),
    CONSTRAINT fk_offer_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_offer_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_offer_price CHECK (price >= 0),
    CONSTRAINT ck_offer_moq CHECK (min_order_qty >= 1),
    CONSTRAINT ck_offer_pack CHECK (pack_size >= 1),
    CONSTRAINT ck_offer_lead_time CHECK (lead_time_days IS NULL OR lead_time_days >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE location (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    parent_id  BIGINT       NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uk_location_code UNIQUE (code),
    CONSTRAINT fk_location_parent FOREIGN KEY (parent_id) REFERENCES location (id),
    CONSTRAINT ck_location_kind CHECK (kind IN ('STORE','BIN','WORKSHOP','VAN','QUARANTINE','AWAITING_CUSTOMER','SUBCONTRACTOR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

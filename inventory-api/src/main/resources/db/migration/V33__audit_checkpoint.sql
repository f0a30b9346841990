-- The ledger audit's checkpoint: what the ledger sums to up to one movement (the pieces per part, location and
-- condition, the running totals per part and condition), stored when a full replay found the levels and values equal
-- to it, so that a later audit replays only the movements after it. One checkpoint is kept, the latest.
CREATE TABLE stock_audit_checkpoint (
    movement_id BIGINT      NOT NULL PRIMARY KEY,
    movements   BIGINT      NOT NULL,
    taken_at    DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock_audit_checkpoint_level (
    part_id        BIGINT      NOT NULL,
    location_id    BIGINT      NOT NULL,
    item_condition VARCHAR(16) NOT NULL,
    on_hand        BIGINT      NOT NULL,
    PRIMARY KEY (part_id, location_id, item_condition)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock_audit_checkpoint_value (
    part_id        BIGINT        NOT NULL,
    item_condition VARCHAR(16)   NOT NULL,
    quantity       BIGINT        NOT NULL,
    value          DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (part_id, item_condition)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

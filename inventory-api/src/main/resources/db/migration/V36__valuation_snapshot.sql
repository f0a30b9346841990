-- The valuation's month-end snapshots: what the ledger sums to at the last millisecond of a month (UTC), so that the
-- value at a past instant reads one snapshot and the movements between it and the instant (a month at most) instead
-- of every movement since the ledger began. Built in the background from the previous snapshot and the month's
-- movements (never in a movement's transaction); rows hold pieces or value (zeros are not kept).
CREATE TABLE valuation_snapshot (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    month_end DATETIME(3) NOT NULL,
    built_at  DATETIME(3) NOT NULL,
    UNIQUE KEY uk_valuation_snapshot_month (month_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The running totals (moving average's quantity and value) per part and condition at the month's end.
CREATE TABLE valuation_snapshot_value (
    snapshot_id    BIGINT        NOT NULL,
    part_id        BIGINT        NOT NULL,
    item_condition VARCHAR(16)   NOT NULL,
    quantity       BIGINT        NOT NULL,
    value          DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (snapshot_id, part_id, item_condition)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The pieces per part, location and condition at the month's end (the valuation by location).
CREATE TABLE valuation_snapshot_level (
    snapshot_id    BIGINT      NOT NULL,
    part_id        BIGINT      NOT NULL,
    location_id    BIGINT      NOT NULL,
    item_condition VARCHAR(16) NOT NULL,
    on_hand        BIGINT      NOT NULL,
    PRIMARY KEY (snapshot_id, part_id, location_id, item_condition)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: a movement backdated before the current month adds one to generation and deletes the snapshots at and
-- after its instant, in its own transaction; a snapshot is stored only under this row's lock and only if generation
-- is still what it was when its movements were read, so that no snapshot ever misses a backdated movement.
CREATE TABLE valuation_snapshot_guard (
    id         TINYINT NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL,
    stored     BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO valuation_snapshot_guard (id, generation, stored) VALUES (1, 0, 0);

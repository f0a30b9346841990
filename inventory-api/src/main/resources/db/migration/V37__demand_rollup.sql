-- Reorder suggestions' weekly demand, rolled up from the ledger (purchasing.DemandRollup) instead of grouping two
-- years of movements on each request: per part and week (numbered from Monday 1970-01-05, so that reading a window
-- is integer arithmetic), the pieces issued net of what came back under
-- an issued reference (RETURN or RECEIPT of the same part, not a core), as DemandSeries defines demand. A row exists
-- once any such movement fell in the week, even when the week nets to zero. Filled after the movements are committed,
-- never in their transaction.
CREATE TABLE demand_week (
    part_id     BIGINT NOT NULL,
    week_number INT    NOT NULL,
    quantity    BIGINT NOT NULL,
    PRIMARY KEY (part_id, week_number)
) ENGINE=InnoDB;

-- The day of each part's first movement (of any type), which DemandSeries counts a part's weeks from.
CREATE TABLE demand_part_start (
    part_id   BIGINT NOT NULL PRIMARY KEY,
    first_day DATE   NOT NULL
) ENGINE=InnoDB;

-- How far the rollup went: every movement with an id up to last_movement_id is in demand_week, except the ids in
-- demand_rollup_gap. The single row is also the lock that keeps two rollups from running at once.
CREATE TABLE demand_rollup (
    id               TINYINT     NOT NULL PRIMARY KEY,
    last_movement_id BIGINT      NOT NULL,
    rolled_at        DATETIME(3) NULL,
    CONSTRAINT ck_demand_rollup_single CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO demand_rollup (id, last_movement_id, rolled_at) VALUES (1, 0, NULL);

-- Ids below the watermark that were not visible when it moved past them: a movement whose transaction had not yet
-- committed (it is rolled up when it appears) or one rolled back (forgotten once no transaction that could still
-- commit it is open).
CREATE TABLE demand_rollup_gap (
    movement_id BIGINT      NOT NULL PRIMARY KEY,
    noticed_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB;

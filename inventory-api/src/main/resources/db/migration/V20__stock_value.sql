-- What the stock is worth (DOMAIN rule 16): every movement carries the value it moved, and a running total per part
-- and condition holds the moving average's quantity and value, changed in the movement's own transaction.
-- value is what the movement brings into its destination (or takes out of its source when it has none);
-- value_added is the part of it that the source did not give (a repair's cost, a regrade's write-down), so the
-- source gives value - value_added.
ALTER TABLE stock_movement
    ADD COLUMN unit_value  DECIMAL(14,2) NULL AFTER unit_cost,
    ADD COLUMN value       DECIMAL(16,2) NULL AFTER unit_value,
    ADD COLUMN value_added DECIMAL(16,2) NULL AFTER value;

-- The valuation at a past instant undoes what happened after it: this index alone answers that (no row lookups).
ALTER TABLE stock_movement ADD INDEX ix_movement_valuation (occurred_at, part_id, from_condition, to_condition,
    from_location_id, to_location_id, quantity, value, value_added);

-- Movements recorded before the valuation began are valued at the part's standard cost (a receipt at its unit
-- cost), at the default share of it for DEFECTIVE (0.2) and USED (0.4) material.
UPDATE stock_movement m JOIN part p ON p.id = m.part_id
SET m.unit_value = ROUND(CASE
        WHEN m.type = 'RECEIPT' AND m.unit_cost IS NOT NULL THEN m.unit_cost
        ELSE COALESCE(p.standard_cost, 0) * CASE COALESCE(m.to_condition, m.from_condition)
            WHEN 'DEFECTIVE' THEN 0.2 WHEN 'USED' THEN 0.4 ELSE 1 END END, 2);
UPDATE stock_movement m JOIN part p ON p.id = m.part_id
SET m.value = ROUND(m.unit_value * m.quantity, 2),
    m.value_added = CASE WHEN m.from_location_id IS NOT NULL AND m.to_location_id IS NOT NULL
        THEN ROUND(m.unit_value * m.quantity, 2) - ROUND(ROUND(COALESCE(p.standard_cost, 0) * CASE m.from_condition
            WHEN 'DEFECTIVE' THEN 0.2 WHEN 'USED' THEN 0.4 ELSE 1 END, 2) * m.quantity, 2) END;
UPDATE stock_movement SET value_added = NULL WHERE value_added = 0;

-- The moving average per part and condition: the sum of every movement's value in and out.
CREATE TABLE stock_value (
    part_id        BIGINT        NOT NULL,
    item_condition VARCHAR(16)   NOT NULL,
    quantity       BIGINT        NOT NULL,
    value          DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (part_id, item_condition),
    CONSTRAINT fk_stock_value_part FOREIGN KEY (part_id) REFERENCES part (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO stock_value (part_id, item_condition, quantity, value)
SELECT part_id, item_condition, SUM(quantity), SUM(value) FROM (
    SELECT part_id, to_condition AS item_condition, quantity, value FROM stock_movement WHERE to_location_id IS NOT NULL
    UNION ALL
    SELECT part_id, from_condition, -quantity, -(value - COALESCE(value_added, 0)) FROM stock_movement
    WHERE from_location_id IS NOT NULL) moves
GROUP BY part_id, item_condition;

-- Where the valuation began: movements up to this one were valued at standard cost, not replayed as an average.
CREATE TABLE valuation_start (
    last_movement_id BIGINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO valuation_start SELECT COALESCE(MAX(id), 0) FROM stock_movement;

-- A core's repair order names what it is charged to: the exchange that holds it.
ALTER TABLE standard_exchange ADD INDEX ix_exchange_repair_order (repair_order);

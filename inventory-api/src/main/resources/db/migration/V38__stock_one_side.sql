-- A movement that changes one level and needs no value read first (a receipt, a return, stock found at a given cost, an
-- issue, a scrap, a return to the supplier, stock found missing) is written by one call: the level, the running total
-- of its part and condition, and the ledger's row, in the caller's transaction. The same three statements sent as
-- text were parsed on every movement; the procedure's are parsed once per connection (docs/benchmarks.md, "Scan
-- movements over HTTP"). Locks are taken as the service's other movements take them: the level first, then the total.
--
-- Entering (p_entering): the level is created or raised, the total raised by p_value, and the row holds the given
-- values (p_unit_value, p_value, p_value_added). Leaving: the level is lowered only if enough is available (or
-- reserved, p_reserved), else nothing is written and the one result has no row; the pieces leave at the total's
-- average (the value parameters are not read): value × pieces / quantity, rounded half up to the cent on a 34-decimal
-- quotient whatever the server's div_precision_increment (nothing when there is no stock, all of it for the last
-- pieces; ValueTotal.share, held to this by StockValuesTest), and a part without a total gets one with the pieces
-- missing and nothing taken. The one result: the row's id, unit value and value. Text parameters are declared with
-- the tables' character set, which a database created with the server's defaults would not give them.
DELIMITER //
CREATE PROCEDURE stock_one_side(
    IN p_type VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci, IN p_part BIGINT, IN p_quantity INT,
    IN p_serial VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_location BIGINT, IN p_condition VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_entering BOOLEAN, IN p_reserved BOOLEAN,
    IN p_reason VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_reference VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci, IN p_unit_cost DECIMAL(12,4),
    IN p_unit_value DECIMAL(14,2), IN p_value DECIMAL(16,2), IN p_value_added DECIMAL(16,2),
    IN p_note VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    IN p_occurred_at DATETIME(3), IN p_recorded_at DATETIME(3),
    IN p_recorded_by VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)
SQL SECURITY INVOKER
movement: BEGIN
    IF p_entering THEN
        INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved)
            VALUES (p_part, p_location, p_condition, p_quantity, 0)
            ON DUPLICATE KEY UPDATE on_hand = on_hand + VALUES(on_hand);
        INSERT INTO stock_value (part_id, item_condition, quantity, value)
            VALUES (p_part, p_condition, p_quantity, p_value)
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), value = value + VALUES(value);
        INSERT INTO stock_movement (type, part_id, quantity, serial, to_location_id, to_condition, return_reason,
                reference, unit_cost, unit_value, value, value_added, note, occurred_at, recorded_at, recorded_by)
            VALUES (p_type, p_part, p_quantity, p_serial, p_location, p_condition, p_reason, p_reference, p_unit_cost,
                p_unit_value, p_value, p_value_added, p_note, p_occurred_at, p_recorded_at, p_recorded_by)
            RETURNING id, unit_value, value;
        LEAVE movement;
    END IF;
    IF p_reserved THEN
        UPDATE stock_level SET on_hand = on_hand - p_quantity, reserved = reserved - p_quantity
            WHERE part_id = p_part AND location_id = p_location AND item_condition = p_condition
              AND reserved >= p_quantity AND on_hand >= p_quantity;
    ELSE
        UPDATE stock_level SET on_hand = on_hand - p_quantity
            WHERE part_id = p_part AND location_id = p_location AND item_condition = p_condition
              AND on_hand - reserved >= p_quantity;
    END IF;
    IF ROW_COUNT() = 0 THEN
        SELECT NULL AS id, NULL AS unit_value, NULL AS value FROM DUAL WHERE FALSE;
        LEAVE movement;
    END IF;
    -- @given, as the service's two-script path names it: a user variable is the only one an expression can set
    INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (p_part, p_condition, -p_quantity,
            -(@given := 0.00))
        ON DUPLICATE KEY UPDATE value = value - (@given := IF(quantity <= 0, 0.00, IF(p_quantity >= quantity, value,
                ROUND(CAST(value AS DECIMAL(65, 30)) * p_quantity / quantity, 2)))),
            quantity = quantity + VALUES(quantity);
    INSERT INTO stock_movement (type, part_id, quantity, serial, from_location_id, from_condition, return_reason,
            reference, unit_cost, unit_value, value, value_added, note, occurred_at, recorded_at, recorded_by)
        VALUES (p_type, p_part, p_quantity, p_serial, p_location, p_condition, p_reason, p_reference, p_unit_cost,
            ROUND(CAST(@given AS DECIMAL(65, 30)) / p_quantity, 2), @given, NULL, p_note, p_occurred_at,
            p_recorded_at, p_recorded_by)
        RETURNING id, unit_value, value;
END//
DELIMITER ;

package fr.sav.inventory.bench;

/** The ledger replay compared with the stock levels, as one SQL count of mismatching levels. */
final class Audit {

    static final String MISMATCHES = """
            SELECT COUNT(*) FROM (
                SELECT s.part_id, s.location_id, s.item_condition, s.on_hand, COALESCE(g.quantity, 0) AS replayed
                FROM stock_level s LEFT JOIN (
                    SELECT part_id, location_id, item_condition, SUM(quantity) AS quantity FROM (
                        SELECT part_id, to_location_id AS location_id, to_condition AS item_condition, quantity
                        FROM stock_movement WHERE to_location_id IS NOT NULL
                        UNION ALL
                        SELECT part_id, from_location_id, from_condition, -quantity
                        FROM stock_movement WHERE from_location_id IS NOT NULL) moves
                    GROUP BY part_id, location_id, item_condition) g
                  ON g.part_id = s.part_id AND g.location_id = s.location_id AND g.item_condition = s.item_condition
            ) x WHERE x.on_hand <> x.replayed""";

    private Audit() {
    }
}

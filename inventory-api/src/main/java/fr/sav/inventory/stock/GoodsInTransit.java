package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a plain movement named the in-transit location; goods in transit move only through their transfer order. */
final class GoodsInTransit extends Conflict {

    GoodsInTransit(String location) {
        super("in-transit", "Goods in transit", "Stock at " + location + " is between two places: it moves only when "
                + "its transfer order is received (POST /api/transfer-orders/{number}/receive)",
                Map.of("location", location));
    }
}

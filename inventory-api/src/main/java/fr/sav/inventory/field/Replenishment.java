package fr.sav.inventory.field;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a store should send a location (a van) now: every rule whose position (usable on hand there plus what is on
 * its way) is below its minimum, topped up to the maximum, at most what the sender has available.
 */
@Singleton
class Replenishment {

    private final StockRuleStore rules;
    private final TransferOrderStore orders;
    private final Catalog catalog;
    private final Sql sql;
    private final Transactions transactions;

    Replenishment(StockRuleStore rules, TransferOrderStore orders, Catalog catalog, Sql sql,
                  Transactions transactions) {
        this.rules = rules;
        this.orders = orders;
        this.catalog = catalog;
        this.sql = sql;
        this.transactions = transactions;
    }

    /** The proposals for a location, from {@code from} or else from its parent store. */
    public List<ReplenishmentProposal> propose(String locationCode, @Nullable String from) {
        LocationInfo location = catalog.location(locationCode);
        LocationInfo sender = sender(location, from);
        return transactions.read(() -> {
            Map<Long, Integer> onHand = usable(location.id(), "SUM(on_hand)");
            Map<Long, Integer> available = usable(sender.id(), "SUM(on_hand - reserved)");
            Map<Long, Integer> incoming = orders.incoming(location.id());
            List<ReplenishmentProposal> proposals = new ArrayList<>();
            for (StockRuleStore.Rule rule : rules.of(location.id())) {
                int here = onHand.getOrDefault(rule.partId(), 0);
                int coming = incoming.getOrDefault(rule.partId(), 0);
                if (here + coming < rule.min()) {
                    int there = available.getOrDefault(rule.partId(), 0);
                    proposals.add(new ReplenishmentProposal(rule.sku(), rule.name(), here, coming, rule.min(), rule.max(),
                            there, Math.min(rule.max() - here - coming, there), sender.code()));
                }
            }
            return proposals;
        });
    }

    /** The location that sends: as given, or the location's parent. */
    LocationInfo sender(LocationInfo location, @Nullable String from) {
        if (from != null && !from.isBlank()) {
            return catalog.location(from);
        }
        return catalog.parentCode(location.code()).map(catalog::location).orElseThrow(() -> new InvalidRequest(
                "from", FieldRule.NO_PARENT_STORE, location.code()
                + " has no parent store to be replenished from: say which location sends", "location", location.code()));
    }

    private Map<Long, Integer> usable(long locationId, String figure) {
        Map<Long, Integer> pieces = new HashMap<>();
        sql.each("SELECT part_id, " + figure + " FROM stock_level WHERE location_id = ? AND item_condition <> 'DEFECTIVE' "
                + "GROUP BY part_id", row -> pieces.put(row.getLong(1), row.getInt(2)), locationId);
        return pieces;
    }
}

package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.BulkLoad;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's price list merged into its offers in bulk (for catalog imports): each line creates,
 * changes or leaves an offer as it is, and every price change is kept in the price history. Runs in the
 * caller's transaction; with {@code apply} false it only says what would happen.
 */
@Singleton
class PriceList {

    /** The columns of a new offer, in the order of {@link #insertValues}. */
    private static final List<String> OFFER_COLUMNS = List.of("supplier_id", "part_id", "supplier_ref", "price", "currency",
            "min_order_qty", "pack_size", "lead_time_days", "preferred", "updated_at");

    private static final int MERGE_ATTEMPTS = 3;

    private final Sql sql;
    private final BulkLoad bulk;
    private final Clock clock;

    PriceList(Sql sql, BulkLoad bulk, Clock clock) {
        this.sql = sql;
        this.bulk = bulk;
        this.clock = clock;
    }

    /**
     * Merges the lines into the supplier's offers as they are now. Another import of the same supplier may be writing
     * the same references meanwhile: a reference it had not committed yet when the offers were read is a duplicate
     * key once it has, so the lines are then planned again against the offers as they are now, a few times at most.
     */
    public List<OfferOutcome> merge(SupplierInfo supplier, List<PriceLine> lines, boolean apply, @Nullable Long importId) {
        List<String> references = lines.stream().map(PriceLine::supplierRef).distinct().toList();
        return sql.againOnDuplicate(MERGE_ATTEMPTS, () -> {
            Plan plan = plan(supplier, lines, existing(supplier.id(), references), importId);
            if (apply) {
                write(plan);
            }
            return plan.outcomes();
        });
    }

    /**
     * Writes the lines as new offers without looking for the supplier's offers first (the supplier had none when its
     * price list arrived), loaded in bulk; empty, with nothing written, when one of the references has an offer after
     * all (met in an earlier chunk, or written by another import meanwhile) or the rows could not be loaded as they
     * are: {@link #merge} them then.
     */
    public Optional<List<OfferOutcome>> mergeNew(SupplierInfo supplier, List<PriceLine> lines, @Nullable Long importId) {
        Plan plan = plan(supplier, lines, new HashMap<>(), importId);
        return bulk.append("supplier_offer", OFFER_COLUMNS, plan.inserts()) ? Optional.of(plan.outcomes()) : Optional.empty();
    }

    /** Whether the supplier has no offer yet. */
    public boolean hasNoOffers(SupplierInfo supplier) {
        return sql.count("SELECT EXISTS (SELECT 1 FROM supplier_offer WHERE supplier_id = ?)", supplier.id()) == 0;
    }

    /** What the lines do to the offers found: the outcome of each line and the rows to write. */
    private record Plan(List<OfferOutcome> outcomes, List<Object[]> inserts, List<Object[]> updates,
                        List<Object[]> history) {
    }

    private Plan plan(SupplierInfo supplier, List<PriceLine> lines, Map<String, Offer> current, @Nullable Long importId) {
        Instant now = clock.instant();
        Plan plan = new Plan(new ArrayList<>(lines.size()), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<String, Integer> pendingInserts = new HashMap<>();
        for (PriceLine line : lines) {
            String key = line.supplierRef().toUpperCase(Locale.ROOT);
            Offer before = current.get(key);
            Offer after = merged(supplier, before, line, now);
            Integer pending = pendingInserts.get(key);
            if (before == null) {
                plan.outcomes().add(OfferOutcome.CREATED);
                pendingInserts.put(key, plan.inserts().size());
                plan.inserts().add(insertValues(after, now));
            } else if (same(before, after)) {
                plan.outcomes().add(OfferOutcome.UNCHANGED);
            } else {
                plan.outcomes().add(OfferOutcome.UPDATED);
                if (pending != null) {
                    plan.inserts().set(pending, insertValues(after, now));
                } else {
                    plan.updates().add(new Object[]{after.partId(), after.price(), after.currency(), after.minOrderQty(),
                            after.packSize(), after.leadTimeDays(), after.preferred(), now, before.id()});
                    if (before.price().compareTo(after.price()) != 0) {
                        plan.history().add(new Object[]{before.id(), before.price(), after.price(), after.currency(), now,
                                importId});
                    }
                }
            }
            current.put(key, before == null ? after : withId(after, before.id()));
        }
        return plan;
    }

    private static Object[] insertValues(Offer offer, Instant now) {
        return new Object[]{offer.supplierId(), offer.partId(), offer.supplierRef(), offer.price(), offer.currency(),
                offer.minOrderQty(), offer.packSize(), offer.leadTimeDays(), offer.preferred(), now};
    }

    private void write(Plan plan) {
        sql.batch("INSERT INTO supplier_offer (" + String.join(", ", OFFER_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.inserts());
        sql.batch("UPDATE supplier_offer SET part_id = ?, price = ?, currency = ?, min_order_qty = ?, pack_size = ?, "
                + "lead_time_days = ?, preferred = ?, updated_at = ? WHERE id = ?", plan.updates());
        sql.batch("INSERT INTO offer_price_history (offer_id, old_price, new_price, currency, changed_at, import_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", plan.history());
    }

    private Map<String, Offer> existing(long supplierId, List<String> references) {
        Map<String, Offer> offers = new HashMap<>();
        if (references.isEmpty()) {
            return offers;
        }
        List<Object> values = new ArrayList<>(references.size() + 1);
        values.add(supplierId);
        values.addAll(references);
        sql.each("SELECT * FROM supplier_offer WHERE supplier_id = ? AND supplier_ref IN " + Sql.placeholders(references.size()),
                row -> offers.put(row.getString("supplier_ref").toUpperCase(Locale.ROOT), new Offer(row.getLong("id"),
                        supplierId, row.getLong("part_id"), row.getString("supplier_ref"), row.getBigDecimal("price"),
                        row.getString("currency"), row.getInt("min_order_qty"), row.getInt("pack_size"),
                        Sql.integer(row, "lead_time_days"), row.getBoolean("preferred"), Sql.instant(row, "updated_at"),
                        Sql.integer(row, "warranty_months"))),
                values.toArray());
        return offers;
    }

    private static Offer merged(SupplierInfo supplier, @Nullable Offer before, PriceLine line, Instant now) {
        return new Offer(null, supplier.id(), line.partId(), line.supplierRef(), line.price().setScale(4, RoundingMode.HALF_UP),
                line.currency() != null ? line.currency() : before != null ? before.currency() : supplier.currency(),
                line.minOrderQty() != null ? line.minOrderQty() : before != null ? before.minOrderQty() : 1,
                line.packSize() != null ? line.packSize() : before != null ? before.packSize() : 1,
                line.leadTimeDays() != null ? line.leadTimeDays() : before != null ? before.leadTimeDays() : null,
                line.preferred() != null ? line.preferred() : before != null && before.preferred(), now,
                before != null ? before.warrantyMonths() : null);
    }

    private static boolean same(Offer a, Offer b) {
        return a.partId().equals(b.partId()) && a.price().compareTo(b.price()) == 0 && a.currency().equals(b.currency())
                && a.minOrderQty() == b.minOrderQty() && a.packSize() == b.packSize()
                && Objects.equals(a.leadTimeDays(), b.leadTimeDays()) && a.preferred() == b.preferred();
    }

    private static Offer withId(Offer offer, long id) {
        return new Offer(id, offer.supplierId(), offer.partId(), offer.supplierRef(), offer.price(), offer.currency(),
                offer.minOrderQty(), offer.packSize(), offer.leadTimeDays(), offer.preferred(), offer.updatedAt(),
                offer.warrantyMonths());
    }
}

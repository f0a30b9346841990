package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A part created or changed from the parts page or the API: its rules (a fixed sku, a free GTIN, serialization). */
@Singleton
class PartEdits {

    private final Parts parts;
    private final PartLinks links;
    private final PartUsage usage;
    private final PartChanges changes;
    private final Transactions transactions;
    private final Clock clock;

    PartEdits(Parts parts, PartLinks links, PartUsage usage, PartChanges changes, Transactions transactions, Clock clock) {
        this.parts = parts;
        this.links = links;
        this.usage = usage;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    PartView create(PartRequest request) {
        String sku = Codes.sku(request.sku());
        return transactions.write(() -> {
            if (parts.findBySku(sku).isPresent()) {
                throw Conflict.duplicate("part", sku);
            }
            checkGtinFree(request.gtin(), null);
            Instant now = clock.instant();
            Part saved = parts.save(toPart(null, sku, request, now, now));
            return PartView.of(saved, List.of(), List.of());
        });
    }

    /**
     * Replaces the part whole: a field left out is cleared (or takes its default), as with a new part. With
     * {@code ifMatch}, only if the part is still the version the client loaded.
     */
    PartView update(String sku, PartRequest request, @Nullable String ifMatch) {
        return transactions.write(() -> replace(lock(sku, ifMatch), request));
    }

    /** Changes only the fields given ({@code null} clears an optional one); with {@code ifMatch}, as for update. */
    PartView patch(String sku, JsonNode fields, @Nullable String ifMatch) {
        return transactions.write(() -> {
            Part current = lock(sku, ifMatch);
            return replace(current, changes.apply(current, fields));
        });
    }

    private Part lock(String sku, @Nullable String ifMatch) {
        Part current = parts.lockBySku(Codes.sku(sku)).orElseThrow(() -> new NotFound("part", sku));
        if (ifMatch != null && !PartTag.matches(ifMatch, links.view(current))) {
            throw new PartChanged(current.sku());
        }
        return current;
    }

    private PartView replace(Part current, PartRequest request) {
        if (request.sku() != null && !Codes.sku(request.sku()).equals(current.sku())) {
            throw new InvalidRequest("sku", FieldRule.SKU_FIXED,
                    "a part's sku cannot change; create a new part instead");
        }
        boolean serialized = Boolean.TRUE.equals(request.serialized());
        if (serialized != current.serialized() && usage.hasMovements(current.id())) {
            throw new SerializationLocked(current.sku());
        }
        checkGtinFree(request.gtin(), current.id());
        parts.update(toPart(current.id(), current.sku(), request, current.createdAt(), clock.instant()));
        return links.view(parts.findBySku(current.sku()).orElseThrow());
    }

    private void checkGtinFree(@Nullable String gtin, @Nullable Long ownerId) {
        if (gtin == null) {
            return;
        }
        if (!Gtin.hasValidCheckDigit(gtin)) {
            throw new InvalidRequest("gtin", FieldRule.CHECK_DIGIT,
                    "'" + gtin + "' has a wrong check digit", "gtin", gtin);
        }
        parts.findByGtin(gtin).filter(other -> !other.id().equals(ownerId)).ifPresent(other -> {
            throw new GtinTaken(gtin, other.sku());
        });
    }

    private static Part toPart(@Nullable Long id, String sku, PartRequest request, Instant created, Instant updated) {
        return new Part(id, sku, request.name().trim(), trim(request.family()), trim(request.manufacturer()),
                trim(request.manufacturerRef()), request.gtin(),
                request.unit() == null ? "PIECE" : request.unit().toUpperCase(Locale.ROOT),
                Boolean.TRUE.equals(request.serialized()), Boolean.TRUE.equals(request.repairable()),
                request.standardCost(), request.exchangePrice(), created, updated);
    }

    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

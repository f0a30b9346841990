package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a movement as posted (codes, optional fields) into a {@link StockChange}: finds the part and unit,
 * the locations, and the conditions a storekeeper would expect when none is given (for an issue, the
 * preferred usable condition that has enough; for a serialized unit, where the unit is).
 */
@Singleton
class MovementResolver {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MovementTargets targets;
    private final Catalog catalog;
    private final StockUnits units;
    private final StockLevels levels;
    private final ConditionPreference preference;
    private final Clock clock;

    MovementResolver(MovementTargets targets, Catalog catalog, StockUnits units, StockLevels levels,
                     ConditionPreference preference, Clock clock) {
        this.targets = targets;
        this.catalog = catalog;
        this.units = units;
        this.levels = levels;
        this.preference = preference;
        this.clock = clock;
    }

    StockChange resolve(MovementRequest request) {
        return resolve(request, () -> null);
    }

    /** The movement as posted; a side not given and not where a scanned unit is defaults to the recorder's home. */
    StockChange resolve(MovementRequest request, Supplier<String> home) {
        MovementTargets.Target target = targets.of(request);
        int quantity = quantity(request);
        Unit unit = target.unit() != null ? target.unit()
                : target.serial() == null ? null : units.find(target.serial()).orElse(null);
        PartInfo part = target.part();
        StockChange.Builder change = switch (request.type()) {
            case RECEIPT -> StockChange.of(MovementType.RECEIPT, part).to(new Place(required("toLocation",
                    request.toLocation()), first(request.condition(), request.toCondition(), Condition.NEW)));
            case RETURN -> StockChange.of(MovementType.RETURN, part).to(new Place(required("toLocation",
                    request.toLocation()), Condition.DEFECTIVE));
            case ISSUE -> {
                LocationInfo from = source(request.fromLocation(), unit, home);
                Condition condition = first(request.condition(), request.fromCondition(), unitCondition(unit));
                yield StockChange.of(MovementType.ISSUE, part).from(new Place(from,
                        condition != null ? condition : preferredUsable(part, from, quantity)));
            }
            case SCRAP -> {
                LocationInfo from = source(request.fromLocation(), unit, home);
                yield StockChange.of(MovementType.SCRAP, part).from(new Place(from, sameCondition(request, part, from, unit, quantity)));
            }
            case TRANSFER -> {
                LocationInfo from = source(request.fromLocation(), unit, home);
                Condition condition = sameCondition(request, part, from, unit, quantity);
                yield StockChange.of(MovementType.TRANSFER, part).from(new Place(from, condition))
                        .to(new Place(required("toLocation", request.toLocation()), condition));
            }
            case SUPPLIER_RETURN -> throw new InvalidRequest("type", FieldRule.OWN_DOOR,
                    "a return to the supplier goes through POST /api/supplier-returns",
                    "path", "POST /api/supplier-returns");
            case REGRADE -> regrade(request, part, unit, home);
            case ADJUSTMENT -> adjustment(request, part, unit, home);
        };
        return change.quantity(quantity).serial(target.serial()).reason(request.reason()).reference(trim(request.reference()))
                .unitCost(request.unitCost()).note(trim(request.note())).occurredAt(occurredAt(request)).build();
    }

    private static int quantity(MovementRequest request) {
        if (request.type() == MovementType.ADJUSTMENT) {
            if (request.delta() == null || request.delta() == 0) {
                throw new InvalidRequest("delta", FieldRule.DELTA_NEEDED,
                        "an adjustment needs a signed, non-zero delta");
            }
            return Math.abs(request.delta());
        }
        if (request.delta() != null) {
            throw new InvalidRequest("delta", FieldRule.DELTA_ONLY_FOR_ADJUSTMENT,
                    "only adjustments take a delta; use quantity");
        }
        return request.quantity() == null ? 1 : request.quantity();
    }

    private StockChange.Builder regrade(MovementRequest request, PartInfo part, @Nullable Unit unit, Supplier<String> home) {
        String where = request.fromLocation() != null ? request.fromLocation() : request.toLocation();
        LocationInfo location = source(where, unit, home);
        LocationInfo elsewhere = request.fromLocation() == null || request.toLocation() == null ? location
                : required("toLocation", request.toLocation());
        Condition from = first(request.fromCondition(), unitCondition(unit), null);
        if (from == null) {
            throw new InvalidRequest("fromCondition", FieldRule.MOVEMENT_NEEDS, "a regrade needs fromCondition",
                    "movement", "REGRADE", "needs", List.of("fromCondition"));
        }
        Condition to = first(request.toCondition(), request.condition(), null);
        if (to == null) {
            throw new InvalidRequest("toCondition", FieldRule.MOVEMENT_NEEDS, "a regrade needs toCondition",
                    "movement", "REGRADE", "needs", List.of("toCondition"));
        }
        return StockChange.of(MovementType.REGRADE, part).from(new Place(location, from)).to(new Place(elsewhere, to));
    }

    private StockChange.Builder adjustment(MovementRequest request, PartInfo part, @Nullable Unit unit,
                                           Supplier<String> home) {
        if (request.note() == null || request.note().isBlank()) {
            throw new InvalidRequest("note", FieldRule.ADJUSTMENT_NOTE, "an adjustment needs a note saying why");
        }
        String where = request.toLocation() != null ? request.toLocation() : request.fromLocation();
        LocationInfo location = source(where, unit, home);
        Condition condition = first(request.condition(), request.toCondition(), request.fromCondition(),
                unitCondition(unit), Condition.NEW);
        return StockChange.adjustment(part, new Place(location, condition), request.delta());
    }

    private LocationInfo required(String field, @Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequest(field, FieldRule.REQUIRED, "is required");
        }
        return notInTransit(catalog.location(Codes.location(field, code)));
    }

    /** The location stock leaves from: as given, or where the scanned unit is, or the recorder's home (a van). */
    private LocationInfo source(@Nullable String code, @Nullable Unit unit, Supplier<String> home) {
        if ((code == null || code.isBlank()) && unit != null && unit.locationId() != null) {
            return notInTransit(catalog.location(unit.locationId()));
        }
        return required("fromLocation", code == null || code.isBlank() ? home.get() : code);
    }

    /** Goods in transit move only through their transfer order. */
    private static LocationInfo notInTransit(LocationInfo location) {
        if (location.kind() == LocationKind.TRANSIT) {
            throw new GoodsInTransit(location.code());
        }
        return location;
    }

    /** For transfers and scraps: the condition given, the unit's, or the only one held at the location. */
    private Condition sameCondition(MovementRequest request, PartInfo part, LocationInfo from, @Nullable Unit unit,
                                    int quantity) {
        List<Condition> given = Stream.of(request.condition(), request.fromCondition(), request.toCondition())
                .filter(c -> c != null).distinct().toList();
        if (given.size() > 1) {
            throw new InvalidRequest("toCondition", FieldRule.KEEPS_CONDITION,
                    "a " + request.type().name().toLowerCase() + " keeps the condition; use REGRADE to change it",
                    "movement", request.type().name());
        }
        if (!given.isEmpty()) {
            return given.get(0);
        }
        if (unit != null) {
            return unit.condition();
        }
        List<StockLevels.Available> held = levels.availableAt(part.id(), from.id());
        if (held.size() == 1) {
            return held.get(0).condition();
        }
        if (held.isEmpty()) {
            throw new InsufficientStock(part.sku(), from.code(), null, quantity, 0);
        }
        List<String> conditions = held.stream().map(a -> a.condition().name()).toList();
        throw new InvalidRequest("condition", FieldRule.WHICH_CONDITION, from.code() + " holds " + part.sku() + " in "
                + String.join(", ", conditions) + ": say which condition", "location", from.code(), "sku", part.sku(),
                "conditions", conditions);
    }

    /** For issues without a condition: the most preferred usable condition with enough available. */
    private Condition preferredUsable(PartInfo part, LocationInfo from, int quantity) {
        List<StockLevels.Available> held = levels.availableAt(part.id(), from.id());
        for (Condition candidate : preference.usableInOrder()) {
            for (StockLevels.Available available : held) {
                if (available.condition() == candidate && available.quantity() >= quantity) {
                    return candidate;
                }
            }
        }
        int usable = held.stream().filter(a -> a.condition().usable()).mapToInt(StockLevels.Available::quantity).max().orElse(0);
        throw new InsufficientStock(part.sku(), from.code(), InsufficientStock.USABLE, quantity, usable);
    }

    private Instant occurredAt(MovementRequest request) {
        if (request.occurredAt() != null && request.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidRequest("occurredAt", FieldRule.NOT_IN_FUTURE, "cannot be in the future");
        }
        return request.occurredAt();
    }

    private static Condition unitCondition(@Nullable Unit unit) {
        return unit == null ? null : unit.condition();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The places where stock is kept: stores, bins, workshop, vans, quarantine, subcontractors. A location never
 * changes once created (there is no update), so every scan need not ask the database again: what was read is
 * remembered by code and by id.
 */
@Singleton
class LocationDirectory {

    private final Map<String, LocationInfo> byCode = new ConcurrentHashMap<>();
    private final Map<Long, LocationInfo> byId = new ConcurrentHashMap<>();
    private final Locations locations;
    private final Transactions transactions;
    private final Clock clock;

    LocationDirectory(Locations locations, Transactions transactions, Clock clock) {
        this.locations = locations;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LocationView create(LocationView request) {
        String code = Codes.location("code", request.code());
        if (request.kind() == LocationKind.TRANSIT) {
            throw new InvalidRequest("kind", FieldRule.TRANSIT_IS_ONE, "goods in transit have their one location (" + DefaultLocations.TRANSIT
                    + "); a transfer order puts them there", "location", DefaultLocations.TRANSIT);
        }
        return transactions.write(() -> {
            if (locations.findByCode(code).isPresent()) {
                throw Conflict.duplicate("location", code);
            }
            Location saved = locations.save(new Location(null, code, request.name().trim(), request.kind(),
                    parentId(request.parent()), clock.instant()));
            return view(saved);
        });
    }

    private Long parentId(@Nullable String parent) {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        return locations.findByCode(Codes.location("parent", parent))
                .orElseThrow(() -> new InvalidRequest("parent", FieldRule.UNKNOWN_LOCATION,
                        "no location '" + parent + "'", "location", parent)).id();
    }

    /**
     * Changes a location's name and parent; its code and kind stay (stock and labels name the code, and what may
     * happen there follows the kind: another kind is another location).
     */
    public LocationView change(String code, LocationView request) {
        return transactions.write(() -> {
            Location current = requireEntity(code);
            if (request.kind() != current.kind()) {
                throw new LocationKindFixed(current.code(), current.kind(), request.kind());
            }
            Location saved = locations.update(new Location(current.id(), current.code(), request.name().trim(),
                    current.kind(), parentId(request.parent()), current.createdAt()));
            byCode.remove(saved.code());
            byId.remove(saved.id());
            return view(saved);
        });
    }

    public LocationView view(String code) {
        return transactions.read(() -> view(requireEntity(code)));
    }

    public PageView<LocationView> list(@Nullable LocationKind kind, Paging paging) {
        String kindName = kind == null ? null : kind.name();
        return transactions.read(() -> new PageView<>(
                locations.list(kindName, paging.size(), paging.offset()).stream().map(this::view).toList(),
                paging.page(), paging.size(), locations.countList(kindName)));
    }

    public LocationInfo location(String code) {
        String key = Codes.location("code", code);
        return findLocation(key).orElseThrow(() -> new NotFound("location", code));
    }

    public Optional<LocationInfo> findLocation(String code) {
        String key = code.trim().toUpperCase(java.util.Locale.ROOT);
        LocationInfo known = byCode.get(key);
        return known != null ? Optional.of(known) : locations.findByCode(key).map(this::remember);
    }

    public LocationInfo location(long id) {
        LocationInfo known = byId.get(id);
        return known != null ? known
                : locations.findById(id).map(this::remember).orElseThrow(() -> new NotFound("location", "#" + id));
    }

    private LocationInfo remember(Location location) {
        LocationInfo info = location.info();
        byCode.put(info.code(), info);
        byId.put(info.id(), info);
        return info;
    }

    /** A location of this kind: the one with the preferred code if it is of that kind, else the first by code. */
    public Optional<LocationInfo> firstOfKind(LocationKind kind, @Nullable String preferredCode) {
        return transactions.read(() -> {
            if (preferredCode != null) {
                Optional<Location> preferred = locations.findByCode(preferredCode).filter(l -> l.kind() == kind);
                if (preferred.isPresent()) {
                    return preferred.map(Location::info);
                }
            }
            return locations.list(kind.name(), 1, 0).stream().findFirst().map(Location::info);
        });
    }

    /**
     * Where goods between two places are (en transit): the one TRANSIT location, created on first need (at start,
     * by {@link DefaultLocations}), in the caller's transaction.
     */
    public LocationInfo transit() {
        return locations.list(LocationKind.TRANSIT.name(), 1, 0).stream().findFirst().map(this::remember)
                .orElseGet(() -> remember(locations.save(new Location(null, DefaultLocations.TRANSIT, "En transit",
                        LocationKind.TRANSIT, null, clock.instant()))));
    }

    /** The code of a location's parent (a van's store), if it has one. */
    public Optional<String> parentCode(String code) {
        return transactions.read(() -> Optional.ofNullable(requireEntity(code).parentId())
                .flatMap(locations::findById).map(Location::code));
    }

    private Location requireEntity(String code) {
        return locations.findByCode(Codes.location("code", code)).orElseThrow(() -> new NotFound("location", code));
    }

    private LocationView view(Location location) {
        String parent = location.parentId() == null ? null
                : locations.findById(location.parentId()).map(Location::code).orElse(null);
        return new LocationView(location.code(), location.name(), location.kind(), parent);
    }
}

package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** The places where stock is kept: stores, bins, workshop, vans, quarantine, subcontractors. */
@Singleton
public class LocationDirectory {

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
        return transactions.write(() -> {
            if (locations.findByCode(code).isPresent()) {
                throw Conflict.duplicate("location", code);
            }
            Long parentId = null;
            if (request.parent() != null && !request.parent().isBlank()) {
                parentId = locations.findByCode(Codes.location("parent", request.parent()))
                        .orElseThrow(() -> new InvalidRequest("parent", "no location '" + request.parent() + "'")).id();
            }
            Location saved = locations.save(new Location(null, code, request.name().trim(), request.kind(), parentId,
                    clock.instant()));
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
        return requireEntity(code).info();
    }

    public Optional<LocationInfo> findLocation(String code) {
        return locations.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT)).map(Location::info);
    }

    public LocationInfo location(long id) {
        return locations.findById(id).map(Location::info).orElseThrow(() -> new NotFound("location", "#" + id));
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

    private Location requireEntity(String code) {
        return locations.findByCode(Codes.location("code", code)).orElseThrow(() -> new NotFound("location", code));
    }

    private LocationView view(Location location) {
        String parent = location.parentId() == null ? null
                : locations.findById(location.parentId()).map(Location::code).orElse(null);
        return new LocationView(location.code(), location.name(), location.kind(), parent);
    }
}

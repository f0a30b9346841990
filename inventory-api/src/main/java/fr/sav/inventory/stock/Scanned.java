package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a code names, as the rows it was resolved from: a part, a location, one of our units (with its part and place),
 * or another feature's document. A movement posted with a scanned code uses these rows instead of reading them again;
 * {@link #view()} is what the scan station shows.
 */
sealed interface Scanned {

    ScanResult view();

    record Part(PartInfo part) implements Scanned {

        @Override
        public ScanResult view() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("sku", part.sku());
            summary.put("name", part.name());
            summary.put("serialized", part.serialized());
            if (part.family() != null) {
                summary.put("family", part.family());
            }
            return new ScanResult(ScanKind.PART, part.sku(), summary);
        }
    }

    record Location(LocationInfo location) implements Scanned {

        @Override
        public ScanResult view() {
            return new ScanResult(ScanKind.LOCATION, location.code(),
                    Map.of("code", location.code(), "name", location.name(), "kind", location.kind().name()));
        }
    }

    /** A unit, its part, where it is (none when away) and its supplier's side (warranty, a proposed return). */
    record UnitFound(Unit unit, PartInfo part, @Nullable LocationInfo location, UnitSupplierWarranty warranty)
            implements Scanned {

        @Override
        public ScanResult view() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("serial", unit.serial());
            summary.put("sku", part.sku());
            summary.put("name", part.name());
            summary.put("condition", unit.condition().name());
            summary.put("status", unit.status().name());
            summary.put("owner", unit.owner().name());
            if (location != null) {
                summary.put("location", location.code());
            }
            if (warranty.cover() != null) {
                summary.put("supplier", warranty.cover().supplier());
            }
            if (warranty.until() != null) {
                summary.put("supplierWarrantyUntil", warranty.until().toString());
            }
            summary.put("vendorReturnProposed", warranty.vendorReturnProposed());
            return new ScanResult(ScanKind.UNIT, unit.serial(), summary);
        }
    }

    /** A repair order, an exchange, a purchase request: resolved and shown by its own feature. */
    record Document(ScanResult view) implements Scanned {
    }
}

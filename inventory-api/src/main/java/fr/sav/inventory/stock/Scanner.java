package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationDirectory;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves any scanned or typed code: our labels' prefixed codes first, then documents' numbers, then a bare
 * SKU, location code or serial, then a manufacturer's GTIN/EAN or reference.
 */
@Singleton
public class Scanner {

    private final Catalog catalog;
    private final LocationDirectory locations;
    private final StockUnits units;
    private final List<ScanResolver> documents;
    private final VendorReturnProposals proposals;
    private final Transactions transactions;

    Scanner(Catalog catalog, LocationDirectory locations, StockUnits units, List<ScanResolver> documents,
            VendorReturnProposals proposals, Transactions transactions) {
        this.catalog = catalog;
        this.locations = locations;
        this.units = units;
        this.documents = documents;
        this.proposals = proposals;
        this.transactions = transactions;
    }

    public ScanResult resolve(String code) {
        return transactions.read(() -> find(code)).orElseThrow(() -> new NotFound("code", code));
    }

    private Optional<ScanResult> find(String code) {
        String text = code.trim();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith(ScanCodes.PART)) {
            return part(upper.substring(2));
        }
        if (upper.startsWith(ScanCodes.LOCATION)) {
            return location(upper.substring(2));
        }
        if (upper.startsWith(ScanCodes.UNIT)) {
            return unit(upper.substring(2));
        }
        for (ScanResolver resolver : documents) {
            Optional<ScanResult> document = resolver.resolve(upper);
            if (document.isPresent()) {
                return document;
            }
        }
        return part(upper)
                .or(() -> location(upper))
                .or(() -> unit(upper))
                .or(() -> catalog.findPartByManufacturerCode(text).map(Scanner::partResult));
    }

    private Optional<ScanResult> part(String sku) {
        return catalog.findPart(sku).map(Scanner::partResult);
    }

    private Optional<ScanResult> location(String code) {
        return locations.findLocation(code).map(Scanner::locationResult);
    }

    private Optional<ScanResult> unit(String serial) {
        return units.find(serial).map(unit -> {
            PartInfo part = catalog.part(unit.partId());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("serial", unit.serial());
            summary.put("sku", part.sku());
            summary.put("name", part.name());
            summary.put("condition", unit.condition().name());
            summary.put("status", unit.status().name());
            summary.put("owner", unit.owner().name());
            if (unit.locationId() != null) {
                summary.put("location", locations.location(unit.locationId()).code());
            }
            supplierSide(summary, proposals.of(unit.info()));
            return new ScanResult(ScanKind.UNIT, unit.serial(), summary);
        });
    }

    /** The supplier it came from, the day its warranty runs until (while it runs), and a proposed vendor return. */
    private static void supplierSide(Map<String, Object> summary, UnitSupplierWarranty warranty) {
        if (warranty.cover() != null) {
            summary.put("supplier", warranty.cover().supplier());
        }
        if (warranty.until() != null) {
            summary.put("supplierWarrantyUntil", warranty.until().toString());
        }
        summary.put("vendorReturnProposed", warranty.vendorReturnProposed());
    }

    private static ScanResult partResult(PartInfo part) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sku", part.sku());
        summary.put("name", part.name());
        summary.put("serialized", part.serialized());
        if (part.family() != null) {
            summary.put("family", part.family());
        }
        return new ScanResult(ScanKind.PART, part.sku(), summary);
    }

    private static ScanResult locationResult(LocationInfo location) {
        return new ScanResult(ScanKind.LOCATION, location.code(),
                Map.of("code", location.code(), "name", location.name(), "kind", location.kind().name()));
    }
}

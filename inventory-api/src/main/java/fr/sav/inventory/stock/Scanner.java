package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves any scanned or typed code: our labels' prefixed codes first, then documents' numbers, then a bare
 * SKU, location code or serial, then a manufacturer's GTIN/EAN or reference.
 */
@Singleton
class Scanner {

    private final Catalog catalog;
    private final StockUnits units;
    private final List<ScanResolver> documents;
    private final VendorReturnProposals proposals;
    private final Transactions transactions;

    Scanner(Catalog catalog, StockUnits units, List<ScanResolver> documents,
            VendorReturnProposals proposals, Transactions transactions) {
        this.catalog = catalog;
        this.units = units;
        this.documents = documents;
        this.proposals = proposals;
        this.transactions = transactions;
    }

    /** What the scan station shows of a code. */
    public ScanResult resolve(String code) {
        return scan(code).view();
    }

    /** The rows a code names; a movement posted with a scanned code reads them once, here. */
    Scanned scan(String code) {
        return transactions.read(() -> find(code)).orElseThrow(() -> new NotFound("code", code));
    }

    private Optional<Scanned> find(String code) {
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
                return document.map(Scanned.Document::new);
            }
        }
        return part(upper)
                .or(() -> location(upper))
                .or(() -> unit(upper))
                .or(() -> catalog.findPartByManufacturerCode(text).map(Scanned.Part::new));
    }

    private Optional<Scanned> part(String sku) {
        return catalog.findPart(sku).map(Scanned.Part::new);
    }

    private Optional<Scanned> location(String code) {
        return catalog.findLocation(code).map(Scanned.Location::new);
    }

    private Optional<Scanned> unit(String serial) {
        return units.find(serial).map(unit -> new Scanned.UnitFound(unit, catalog.part(unit.partId()),
                unit.locationId() == null ? null : catalog.location(unit.locationId()), proposals.of(unit.info())));
    }
}

package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationKind;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * DEFECTIVE stock serves no intervention: it is issued only to a repair order, a supplier return, or a
 * subcontractor (named by its supplier code or its SUBCONTRACTOR location code).
 */
@Singleton
class DefectiveIssues {

    private static final Pattern REPAIR_OR_SUPPLIER_RETURN = Pattern.compile("(RO|RV)-\\d{4}-\\d{6}");

    private final Catalog catalog;

    DefectiveIssues(Catalog catalog) {
        this.catalog = catalog;
    }

    void check(StockChange change) {
        if (change.type() == MovementType.ISSUE && change.from().condition() == Condition.DEFECTIVE
                && !receivesDefective(change.reference())) {
            throw new DefectiveNotUsable(change.part().sku(), change.from(), change.reference());
        }
    }

    private boolean receivesDefective(String reference) {
        return reference != null && (REPAIR_OR_SUPPLIER_RETURN.matcher(reference).matches()
                || catalog.findSupplier(reference).isPresent()
                || catalog.findLocation(reference).filter(l -> l.kind() == LocationKind.SUBCONTRACTOR).isPresent());
    }
}

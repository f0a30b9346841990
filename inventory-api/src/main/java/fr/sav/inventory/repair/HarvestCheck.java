package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.ComponentLine;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be harvested from a scrapped item: when its bill of materials is known, only its components
 * and no more than it contains; harvested pieces are USED (tested) or DEFECTIVE (to inspect).
 */
final class HarvestCheck {

    private HarvestCheck() {
    }

    static List<RepairStock.Harvested> check(PartInfo item, @Nullable List<RepairRequests.Harvest> lines, Catalog catalog) {
        if (lines == null || lines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> contained = new HashMap<>();
        for (ComponentLine component : catalog.componentsOf(item.id())) {
            contained.put(component.sku(), component.quantity());
        }
        Map<String, Integer> taken = new HashMap<>();
        List<RepairStock.Harvested> harvested = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RepairRequests.Harvest line = lines.get(i);
            String field = "harvest[" + i + "]";
            PartInfo part = catalog.part(line.sku());
            int quantity = line.quantity() == null ? 1 : line.quantity();
            Condition condition = line.condition() == null ? Condition.USED : line.condition();
            if (condition != Condition.USED && condition != Condition.DEFECTIVE) {
                throw new InvalidRequest(field + ".condition", FieldRule.HARVEST_CONDITION,
                        "harvested parts enter as USED or DEFECTIVE");
            }
            int total = taken.merge(part.sku(), quantity, Integer::sum);
            if (!contained.isEmpty() && total > contained.getOrDefault(part.sku(), 0)) {
                int inOne = contained.getOrDefault(part.sku(), 0);
                throw new InvalidRequest(field + ".sku", FieldRule.HARVEST_TOO_MANY, item.sku() + " contains " + inOne
                        + " × " + part.sku() + "; " + total + " cannot be harvested",
                        "assembly", item.sku(), "contained", inOne, "sku", part.sku(), "total", total);
            }
            String serial = line.serial() == null || line.serial().isBlank() ? null : Codes.serial(line.serial());
            harvested.add(new RepairStock.Harvested(part, quantity, condition, serial));
        }
        return harvested;
    }
}

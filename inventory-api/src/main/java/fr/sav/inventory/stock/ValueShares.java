package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.PartInfo;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DEFECTIVE and USED material is worth a set share of a new part's standard cost
 * ({@code inventory.valuation.defective-share}, 0.2; {@code inventory.valuation.used-share}, 0.4); any other condition
 * entering without a cost of its own is worth the standard cost.
 */
@Singleton
class ValueShares {

    private final BigDecimal defective;
    private final BigDecimal used;

    ValueShares(@Value("${inventory.valuation.defective-share:0.2}") BigDecimal defective,
                @Value("${inventory.valuation.used-share:0.4}") BigDecimal used) {
        this.defective = defective;
        this.used = used;
    }

    /** What one piece of the part in this condition is worth when nothing else says (a part without cost: 0). */
    BigDecimal unitCost(PartInfo part, Condition condition) {
        BigDecimal standard = part.standardCost() == null ? BigDecimal.ZERO : part.standardCost();
        BigDecimal share = switch (condition) {
            case DEFECTIVE -> defective;
            case USED -> used;
            default -> BigDecimal.ONE;
        };
        return standard.multiply(share).setScale(4, RoundingMode.HALF_UP);
    }

    /** Conditions valued at their share of the standard cost whatever they came from. */
    static boolean atShare(Condition condition) {
        return condition == Condition.DEFECTIVE || condition == Condition.USED;
    }
}

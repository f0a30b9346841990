package fr.sav.inventory.repair;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * What a repair order cost (DOMAIN rule 16), EUR: the parts at the value they left stock with (net of what came
 * back), labour (minutes worked at {@code inventory.repair.hourly-rate}), subcontracting, any other cost given at
 * completion, and their total.
 */
@Serdeable
public record RepairCosts(BigDecimal parts, BigDecimal labour, BigDecimal subcontract, BigDecimal other,
                          BigDecimal total) {

    static RepairCosts of(BigDecimal parts, BigDecimal labour, BigDecimal subcontract, BigDecimal other) {
        return new RepairCosts(parts, labour, subcontract, other, parts.add(labour).add(subcontract).add(other));
    }
}

package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.DomainException;
import io.micronaut.http.HttpStatus;

import java.math.BigDecimal;
import java.util.Map;

/** Refused: a buyer approves purchase requests up to {@code inventory.purchasing.approval-limit}; above, a manager does. */
final class ApprovalLimitExceeded extends DomainException {

    ApprovalLimitExceeded(String number, BigDecimal total, BigDecimal limit) {
        super("approval-limit", "Above the approval limit", HttpStatus.FORBIDDEN, number + " comes to "
                        + total.toPlainString() + " EUR, above the buyers' approval limit of " + limit.toPlainString()
                        + " EUR: a manager must approve it",
                Map.of("number", number, "total", total, "limit", limit, "currency", "EUR"));
    }
}

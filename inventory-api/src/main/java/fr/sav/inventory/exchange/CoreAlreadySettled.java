package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.Conflict;

import java.util.List;
import java.util.Map;

/** Refused: the exchange's core is no longer owed (received or charged), so it cannot be settled again. */
final class CoreAlreadySettled extends Conflict {

    private final String number;
    private final ExchangeStatus status;

    CoreAlreadySettled(String number, ExchangeStatus status, String action) {
        super("invalid-transition", "Core already settled", number + " is " + status + ": '" + action
                + "' is only allowed while the core is owed",
                Map.of("number", number, "currentStatus", status.name(), "allowed", List.of()));
        this.number = number;
        this.status = status;
    }

    String number() {
        return number;
    }

    ExchangeStatus status() {
        return status;
    }
}

package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Conflict;

import java.util.List;
import java.util.Map;

/** Refused: the action is not allowed from the order's status; names the actions that are. */
final class InvalidTransition extends Conflict {

    InvalidTransition(String number, RepairStatus status, RepairAction action, List<RepairAction> allowed) {
        super("invalid-transition", "Not allowed in this status",
                number + " is " + status + ": '" + action.path() + "' is not allowed; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().map(RepairAction::path).toList())),
                Map.of("number", number, "currentStatus", status.name(), "action", action.path(),
                        "allowed", allowed.stream().map(RepairAction::path).toList()));
    }
}

package fr.sav.inventory.shared;

import java.util.List;
import java.util.Map;

/** Refused: the action is not allowed from the document's status; names the actions that are. */
public final class InvalidTransition extends Conflict {

    private final String number;
    private final String currentStatus;
    private final String action;
    private final List<String> allowed;

    public InvalidTransition(String number, Enum<?> status, String action, List<String> allowed) {
        this("Not allowed in this status", number, status, action, allowed, number + " is " + status + ": '" + action
                + "' is not allowed; allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
    }

    /** The same refusal, titled and said for a document whose life has a single way forward. */
    public InvalidTransition(String title, String number, Enum<?> status, String action, List<String> allowed,
            String detail) {
        super("invalid-transition", title, detail, Map.of("number", number, "currentStatus", status.name(),
                "action", action, "allowed", List.copyOf(allowed)));
        this.number = number;
        this.currentStatus = status.name();
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public String number() {
        return number;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public String action() {
        return action;
    }

    public List<String> allowed() {
        return allowed;
    }
}

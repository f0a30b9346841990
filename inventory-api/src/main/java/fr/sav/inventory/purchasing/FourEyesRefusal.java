package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: the account that created or submitted a purchase request may not approve it too. */
final class FourEyesRefusal extends Conflict {

    FourEyesRefusal(String number, String approver, String createdBy, @Nullable String submittedBy) {
        super("four-eyes", "Approval needs another account", approver + " created or submitted " + number
                + " (created by " + createdBy + ", submitted by " + submittedBy + "): another account must approve it",
                facts(number, approver, createdBy, submittedBy));
    }

    private static Map<String, Object> facts(String number, String approver, String createdBy, @Nullable String submittedBy) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("number", number);
        facts.put("approver", approver);
        facts.put("createdBy", createdBy);
        if (submittedBy != null) {
            facts.put("submittedBy", submittedBy);
        }
        return facts;
    }
}

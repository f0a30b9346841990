package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Conflict;

import java.util.HashMap;
import java.util.Map;

/** Refused: a customer's item is scrapped only with the customer's recorded consent. */
final class CustomerConsentRequired extends Conflict {

    CustomerConsentRequired(String number, String customerRef, String serial) {
        super("customer-consent-required", "The customer's consent is needed",
                number + " is a customer's item" + (customerRef == null ? "" : " (" + customerRef + ")")
                        + ": scrap it only once the customer agreed, and say so with customerConsent: true; "
                        + "otherwise hand it back (return-unrepaired)", facts(number, customerRef, serial));
    }

    private static Map<String, Object> facts(String number, String customerRef, String serial) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", number);
        if (customerRef != null) {
            facts.put("customerRef", customerRef);
        }
        if (serial != null) {
            facts.put("serial", serial);
        }
        return facts;
    }
}

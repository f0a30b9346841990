package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: an amount in a currency without a rate cannot be compared in EUR. */
final class MissingCurrencyRate extends Conflict {

    MissingCurrencyRate(String currency) {
        super("missing-currency-rate", "No rate for this currency", "Amounts in " + currency + " cannot be compared in "
                        + "EUR: set " + CurrencyRates.setting(currency) + " (what 1 " + currency + " is worth in EUR), or "
                        + "have a manager approve it",
                Map.of("currency", currency, "setting", CurrencyRates.setting(currency)));
    }
}

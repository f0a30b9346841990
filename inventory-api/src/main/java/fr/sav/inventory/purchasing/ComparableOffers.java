package fr.sav.inventory.purchasing;

import fr.sav.inventory.purchasing.forecast.SupplierOffer;

import java.util.ArrayList;
import java.util.List;

/** A part's offers priced in EUR for the best-offer choice, and the offers left out for want of a rate. */
record ComparableOffers(List<SupplierOffer> inEur, List<String> leftOut) {

    static ComparableOffers of(List<SupplyFigures.Offer> offers, CurrencyRates rates) {
        List<SupplierOffer> inEur = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (SupplyFigures.Offer offer : offers) {
            rates.inEur(offer.price(), offer.currency()).ifPresentOrElse(
                    price -> inEur.add(new SupplierOffer(offer.supplier(), price, offer.minOrderQty(), offer.packSize(),
                            offer.leadTimeDays(), offer.preferred())),
                    () -> leftOut.add(offer.supplier() + "'s offer in " + offer.currency() + " (no "
                            + CurrencyRates.setting(offer.currency()) + ")"));
        }
        return new ComparableOffers(inEur, leftOut);
    }

    /** The explanation, with the offers that were left out named at its end. */
    String explained(String explanation) {
        return leftOut.isEmpty() ? explanation
                : explanation + " Left out of the comparison in EUR: " + String.join(", ", leftOut) + ".";
    }
}

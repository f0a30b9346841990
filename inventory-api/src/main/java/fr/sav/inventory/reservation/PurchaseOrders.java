package fr.sav.inventory.reservation;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Buying for a reservation, as the reservations need it; the purchasing feature keeps the requests. */
public interface PurchaseOrders {

    /**
     * Puts the pieces on a DRAFT purchase request to the supplier, with the reservation's reference so they are
     * reserved on receipt; answers the request's number. Joins the caller's transaction.
     */
    String orderFor(String supplier, String sku, int quantity, String reference, @Nullable LocalDate neededBy,
                    String actor);
}

package fr.sav.inventory.repair;

import java.util.List;

/** The reservations a repair order holds, as the workshop needs them; the reservations feature keeps them. */
public interface OrderReservations {

    /** Releases every ACTIVE reservation whose reference is the order's number; answers what was released. */
    List<Released> releaseAll(String number);
}

package fr.sav.inventory.repair;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.stock.Place;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The reservations a repair order holds, as the workshop needs them; the reservations feature keeps them. */
public interface OrderReservations {

    /** Releases every ACTIVE reservation whose reference is the order's number; answers what was released. */
    List<Released> releaseAll(String number);

    /** The order's item is usable stock again at the place: the reservation waiting for it now holds it. */
    void outputReady(String number, PartInfo part, Place place, @Nullable String serial);

    /** The order closed without giving an item back: reservations waiting for it are released. */
    void outputLost(String number);
}

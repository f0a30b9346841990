package fr.sav.inventory.purchasing;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Pieces that arrive as movements: one per unit, with its serial, for a serialized part; one for all otherwise. */
record ReceivedPieces(@Nullable String serial, int quantity) {

    static List<ReceivedPieces> of(PartInfo part, int quantity, @Nullable List<String> serials, String field) {
        if (!part.serialized()) {
            if (serials != null && !serials.isEmpty()) {
                throw new InvalidRequest(field + ".serials", FieldRule.NOT_SERIALIZED,
                        part.sku() + " is not serialized", "sku", part.sku());
            }
            return List.of(new ReceivedPieces(null, quantity));
        }
        if (serials == null || serials.size() != quantity) {
            throw new InvalidRequest(field + ".serials", FieldRule.SERIALS_NEEDED, part.sku()
                    + " is serialized: give one serial per unit received (" + quantity + ")", "sku", part.sku(),
                    "quantity", quantity);
        }
        return serials.stream().map(serial -> new ReceivedPieces(Codes.serial(serial), 1)).toList();
    }
}

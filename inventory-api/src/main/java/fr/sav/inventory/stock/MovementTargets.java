package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * What a posted movement is about: the part named by its sku or a scanned code (a part's, a unit's), and the unit
 * by its serial or the scan, each refused when they disagree. A scanned unit is kept as read, not read again.
 */
@Singleton
class MovementTargets {

    private final Catalog catalog;
    private final Scanner scanner;

    MovementTargets(Catalog catalog, Scanner scanner) {
        this.catalog = catalog;
        this.scanner = scanner;
    }

    /** The part and unit the movement names, by sku, serial or a scanned code, which must agree. */
    Target of(MovementRequest request) {
        String serial = request.serial() == null || request.serial().isBlank() ? null : Codes.serial(request.serial());
        PartInfo bySku = request.sku() == null || request.sku().isBlank() ? null : catalog.part(request.sku());
        if (request.code() == null || request.code().isBlank()) {
            if (bySku == null) {
                throw new InvalidRequest("sku", FieldRule.SKU_OR_CODE, "give the part's sku or a scanned code");
            }
            return new Target(bySku, serial, null);
        }
        Scanned scanned = scanner.scan(request.code());
        Target byCode;
        if (scanned instanceof Scanned.Part found) {
            byCode = new Target(found.part(), serial, null);
        } else if (scanned instanceof Scanned.UnitFound found) {
            String scannedSerial = found.unit().serial();
            if (serial != null && !serial.equals(scannedSerial)) {
                throw new InvalidRequest("serial", FieldRule.SCANNED_OTHER,
                        "the scanned unit is " + scannedSerial + ", not " + serial,
                        "scanned", scannedSerial, "given", serial);
            }
            byCode = new Target(found.part(), scannedSerial, found.unit());
        } else {
            ScanKind kind = scanned.view().kind();
            throw new InvalidRequest("code", FieldRule.NOT_A_PART_CODE, "'" + request.code() + "' is a "
                    + kind + ", not a part or a unit", "code", request.code(), "kind", kind.name());
        }
        if (bySku != null && bySku.id() != byCode.part().id()) {
            throw new InvalidRequest("code", FieldRule.SCANNED_OTHER,
                    "the scanned code is " + byCode.part().sku() + ", not " + bySku.sku(),
                    "scanned", byCode.part().sku(), "given", bySku.sku());
        }
        return byCode;
    }

    /** The part and unit a movement names; the unit when the scan already read it. */
    record Target(PartInfo part, @Nullable String serial, @Nullable Unit unit) {
    }
}

package fr.sav.labelprinter;

import java.time.LocalDate;
import java.util.List;

/**
 * A repair order follow-sheet tag (fiche suiveuse): a 2D code of the order number beside the number, the item
 * (sku, serial or description), the customer or "company" when the customer is null, and the received date.
 */
public record RepairOrderLabel(String code, String number, String item, String customer, LocalDate received,
                               Symbology symbology) implements Label {

    static final String COMPANY = "company";

    public RepairOrderLabel {
        Lines.required(number, "repair order number");
        Lines.required(item, "item");
        if (received == null) {
            throw new IllegalArgumentException("received date must be given");
        }
        new Barcode(code, symbology);
    }

    /** A follow-sheet tag with a QR code of the order number, as the scheme wants. */
    public static RepairOrderLabel of(String number, String item, String customer, LocalDate received) {
        return new RepairOrderLabel(LabelKind.REPAIR_ORDER.codeFor(number), number, item, customer, received,
                Symbology.QR_CODE);
    }

    /** The same tag in another symbology; null goes back to the scheme's QR code. */
    @Override
    public RepairOrderLabel with(Symbology other) {
        return new RepairOrderLabel(code, number, item, customer, received, other == null ? Symbology.QR_CODE : other);
    }

    @Override
    public LabelKind kind() {
        return LabelKind.REPAIR_ORDER;
    }

    @Override
    public List<String> lines() {
        return Lines.of(number, item, customer == null || customer.isBlank() ? COMPANY : customer,
                received.toString());
    }
}

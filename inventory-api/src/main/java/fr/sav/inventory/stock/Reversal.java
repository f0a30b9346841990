package fr.sav.inventory.stock;

/**
 * The movement that takes a recorded one back, putting stock exactly where and as it was, at the value it moved (the
 * ledger is append-only: a mistake is corrected by a new movement). A RETURN is never the undo of an ISSUE: a part issued
 * by mistake never left the shelf and comes back as it was, not DEFECTIVE into the workshop; and a return scanned
 * by mistake is taken out of the workshop by an adjustment, since DEFECTIVE stock is issued only to a repair.
 */
final class Reversal {

    private Reversal() {
    }

    static MovementRequest of(MovementView m, String note) {
        return switch (m.type()) {
            case RECEIPT -> request(MovementType.ADJUSTMENT, m, null, -m.quantity(), m.toLocation(), null,
                    m.toCondition(), note);
            case ISSUE -> request(MovementType.RECEIPT, m, m.quantity(), null, null, m.fromLocation(),
                    m.fromCondition(), note);
            case RETURN -> request(MovementType.ADJUSTMENT, m, null, -m.quantity(), m.toLocation(), null,
                    Condition.DEFECTIVE, note);
            case TRANSFER -> request(MovementType.TRANSFER, m, m.quantity(), null, m.toLocation(), m.fromLocation(),
                    m.toCondition(), note);
            case ADJUSTMENT -> request(MovementType.ADJUSTMENT, m, null, -m.delta(),
                    m.delta() > 0 ? m.toLocation() : null, m.delta() < 0 ? m.fromLocation() : null, m.condition(), note);
            case REGRADE, SCRAP, SUPPLIER_RETURN -> throw new NotReversible(m.id(), m.type());
        };
    }

    private static MovementRequest request(MovementType type, MovementView m, Integer quantity, Integer delta,
                                           String fromLocation, String toLocation, Condition condition, String note) {
        return new MovementRequest(type, m.sku(), null, quantity, delta, m.serial(), fromLocation, toLocation, null,
                null, condition, null, m.reference(), null, note, null);
    }
}

package fr.sav.inventory.stock;

import org.junit.jupiter.api.Test;

import static fr.sav.inventory.stock.StockChangeTest.BOARD;
import static fr.sav.inventory.stock.StockChangeTest.OTHER;
import static fr.sav.inventory.stock.StockChangeTest.STORE;
import static fr.sav.inventory.stock.StockChangeTest.WORKSHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UnitTest {

    private final Unit inStore = new Unit(1L, "SN1", BOARD.id(), Condition.RECONDITIONED, STORE.id(),
            UnitStatus.IN_STOCK, null, Owner.COMPANY, 0);

    @Test
    void anIssuedUnitLeavesItsLocation() {
        Unit issued = inStore.after(change(MovementType.ISSUE).from(new Place(STORE, Condition.RECONDITIONED)).build());

        assertEquals(UnitStatus.ISSUED, issued.status());
        assertNull(issued.locationId());
    }

    @Test
    void aUnitWeIssuedThatComesBackCountsOneMoreReturnAndIsDefective() {
        Unit issued = inStore.withStatus(UnitStatus.ISSUED);

        Unit back = issued.after(change(MovementType.RETURN).to(new Place(WORKSHOP, Condition.DEFECTIVE)).build());

        assertEquals(1, back.returnCount());
        assertEquals(Condition.DEFECTIVE, back.condition());
        assertEquals(UnitStatus.IN_STOCK, back.status());
    }

    @Test
    void aUnitSentBackToItsSupplierIsOffTheBooksAndComesBackWithoutCountingAReturn() {
        Unit sent = inStore.after(change(MovementType.SUPPLIER_RETURN).from(new Place(STORE, Condition.RECONDITIONED)).build());

        Unit back = sent.after(change(MovementType.RETURN).to(new Place(WORKSHOP, Condition.DEFECTIVE)).build());

        assertEquals(UnitStatus.AT_SUPPLIER, sent.status());
        assertNull(sent.locationId());
        assertEquals(false, sent.status().onHand());
        UnitHeld atSupplier = assertThrows(UnitHeld.class, () -> sent.after(change(MovementType.ISSUE)
                .from(new Place(STORE, Condition.RECONDITIONED)).build()));
        assertEquals("AT_SUPPLIER", atSupplier.getParameters().get("unitStatus"));
        assertEquals(UnitStatus.IN_STOCK, back.status());
        assertEquals(0, back.returnCount());
    }

    @Test
    void aLentUnitComesBackOnlyByTheReturnThatEndsItsLoan() {
        Unit lent = new Unit(1L, "SN1", BOARD.id(), Condition.RECONDITIONED, null, UnitStatus.AT_CUSTOMER,
                "LN-2026-000007", Owner.COMPANY, 0);
        Place workshop = new Place(WORKSHOP, Condition.DEFECTIVE);

        Unit back = lent.after(change(MovementType.RETURN).to(workshop).reason(ReturnReason.LOAN_END)
                .reference("LN-2026-000007").build());

        assertEquals(UnitStatus.IN_STOCK, back.status());
        assertEquals(Condition.DEFECTIVE, back.condition());
        assertEquals(0, back.returnCount(), "the end of a loan is not a failure");
        assertThrows(UnitHeld.class, () -> lent.after(change(MovementType.RETURN).to(workshop).build()));
        assertThrows(UnitHeld.class, () -> lent.after(change(MovementType.RETURN).to(workshop)
                .reason(ReturnReason.LOAN_END).reference("LN-2026-000008").build()));
        assertThrows(UnitHeld.class, () -> lent.after(change(MovementType.RECEIPT)
                .to(new Place(STORE, Condition.RECONDITIONED)).reference("LN-2026-000007").build()));
    }

    @Test
    void aUnitInStockCannotArriveAgainNorLeaveFromElsewhere() {
        UnitInStock twice = assertThrows(UnitInStock.class, () -> inStore.after(change(MovementType.RECEIPT)
                .to(new Place(OTHER, Condition.NEW)).build()));
        UnitElsewhere otherLocation = assertThrows(UnitElsewhere.class, () -> inStore.after(change(MovementType.ISSUE)
                .from(new Place(OTHER, Condition.RECONDITIONED)).build()));
        UnitElsewhere otherCondition = assertThrows(UnitElsewhere.class, () -> inStore.after(change(MovementType.SCRAP)
                .from(new Place(STORE, Condition.NEW)).build()));

        assertEquals("SN1", twice.serial());
        assertEquals(new Place(OTHER, Condition.RECONDITIONED), otherLocation.place());
        assertEquals(new Place(STORE, Condition.NEW), otherCondition.place());
        assertEquals("SN1", otherCondition.serial());
    }

    @Test
    void aReservedUnitMovesOnlyForItsReservation() {
        Unit reserved = inStore.withStatus(UnitStatus.RESERVED);
        StockChange.Builder issue = change(MovementType.ISSUE).from(new Place(STORE, Condition.RECONDITIONED));

        UnitHeld held = assertThrows(UnitHeld.class, () -> reserved.after(issue.build()));
        assertEquals("RESERVED", held.getParameters().get("unitStatus"));
        assertEquals(UnitStatus.ISSUED, reserved.after(issue.consumingReservation().build()).status());
    }

    @Test
    void aUnitInRepairMovesOnlyThroughItsRepairOrder() {
        Unit inRepair = inStore.heldBy(UnitStatus.IN_REPAIR, "RO-2026-000042");

        UnitHeld refused = assertThrows(UnitHeld.class, () -> inRepair.after(change(MovementType.TRANSFER)
                .from(new Place(STORE, Condition.RECONDITIONED)).to(new Place(OTHER, Condition.RECONDITIONED)).build()));

        assertEquals("RO-2026-000042", refused.getParameters().get("holder"));
        assertEquals(UnitStatus.IN_STOCK, inRepair.freed().status());
        assertNull(inRepair.freed().holder());
    }

    @Test
    void aCustomerUnitIsNeverCompanyStock() {
        Unit customers = new Unit(2L, "C1", BOARD.id(), Condition.DEFECTIVE, WORKSHOP.id(), UnitStatus.IN_REPAIR,
                "RO-2026-000001", Owner.CUSTOMER, 0);

        CustomerOwned refused = assertThrows(CustomerOwned.class, () -> customers.after(change(MovementType.SCRAP)
                .from(new Place(WORKSHOP, Condition.DEFECTIVE)).build()));

        assertEquals("C1", refused.serial());
    }

    private StockChange.Builder change(MovementType type) {
        return StockChange.of(type, BOARD).serial("SN1");
    }
}

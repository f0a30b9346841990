package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StockChangeTest {

    static final PartInfo PUMP = new PartInfo(1, "LV-PMP-0042", "Pompe", "PUMP", false, true, null, null);
    static final PartInfo BOARD = new PartInfo(2, "TV-PSU-7", "Alimentation", "PSU", true, true, null, null);
    static final LocationInfo STORE = new LocationInfo(10, "MAG-A-03", "Magasin A", LocationKind.STORE);
    static final LocationInfo OTHER = new LocationInfo(11, "MAG-B-01", "Magasin B", LocationKind.BIN);
    static final LocationInfo WORKSHOP = new LocationInfo(12, "ATELIER", "Atelier", LocationKind.WORKSHOP);

    @Test
    void aQuantityBelowOneCannotBeBuilt() {
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.RECEIPT, PUMP)
                .to(new Place(STORE, Condition.NEW)).quantity(0).build());
    }

    @Test
    void aSerializedPartNeedsItsSerialAndMovesOneUnitAtATime() {
        Place store = new Place(STORE, Condition.NEW);

        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.RECEIPT, BOARD).to(store).build());
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.RECEIPT, BOARD).to(store).serial("SN1")
                .quantity(2).build());
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.RECEIPT, PUMP).to(store).serial("SN1").build());
        assertEquals("SN1", StockChange.of(MovementType.RECEIPT, BOARD).to(store).serial("SN1").build().serial());
    }

    @Test
    void aTransferGoesElsewhereAndKeepsItsCondition() {
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.TRANSFER, PUMP)
                .from(new Place(STORE, Condition.NEW)).to(new Place(STORE, Condition.NEW)).build());
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.TRANSFER, PUMP)
                .from(new Place(STORE, Condition.NEW)).to(new Place(OTHER, Condition.USED)).build());
    }

    @Test
    void aRegradeHappensInPlaceAndChangesTheCondition() {
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.REGRADE, PUMP)
                .from(new Place(WORKSHOP, Condition.DEFECTIVE)).to(new Place(STORE, Condition.REPAIRED)).build());
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.REGRADE, PUMP)
                .from(new Place(WORKSHOP, Condition.DEFECTIVE)).to(new Place(WORKSHOP, Condition.DEFECTIVE)).build());
    }

    @Test
    void aReturnLandsDefectiveInTheWorkshopOrQuarantineOnly() {
        LocationInfo subcontractor = new LocationInfo(13, "SST-1", "Sous-traitant", LocationKind.SUBCONTRACTOR);
        DefectiveLocation inTheStore = assertThrows(DefectiveLocation.class,
                () -> StockChange.of(MovementType.RETURN, PUMP).to(new Place(STORE, Condition.DEFECTIVE)).build());
        NotAReturnLocation refused = assertThrows(NotAReturnLocation.class, () -> StockChange.of(MovementType.RETURN,
                PUMP).to(new Place(subcontractor, Condition.DEFECTIVE)).build());
        assertThrows(InvalidRequest.class, () -> StockChange.of(MovementType.RETURN, PUMP)
                .to(new Place(WORKSHOP, Condition.NEW)).build());
        assertEquals(STORE.code(), inTheStore.getParameters().get("location"));
        assertEquals("SST-1", refused.location());
        assertEquals(LocationKind.SUBCONTRACTOR, refused.kind());
    }

    @Test
    void anAdjustmentIsSignedByTheSideItChanges() {
        StockChange missing = StockChange.adjustment(PUMP, new Place(STORE, Condition.NEW), -3).build();
        StockChange found = StockChange.adjustment(PUMP, new Place(STORE, Condition.NEW), 2).build();

        assertEquals(-3, missing.delta());
        assertEquals(2, found.delta());
        assertEquals(3, missing.quantity());
    }
}

package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.catalog.OfferView;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.repair.InRepair;
import fr.sav.inventory.repair.RepairStatus;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.ConditionPreferenceFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailabilityCascadeTest {

    private static final PartInfo PUMP = new PartInfo(1, "LV-PMP-0042", "Pompe", "PUMP", false, true, null, null);
    private static final PartInfo NEW_PUMP = new PartInfo(2, "LV-PMP-0043", "Pompe v2", "PUMP", false, true, null, null);
    private static final PartInfo MOTOR = new PartInfo(3, "LV-MOT-1", "Moteur avec pompe", "MOTOR", false, true, null, null);
    private static final LocationInfo A = new LocationInfo(10, "MAG-A", "A", LocationKind.BIN);
    private static final LocationInfo B = new LocationInfo(11, "MAG-B", "B", LocationKind.BIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theCascadeRanksStockThenEquivalentsThenRepairsThenAssembliesThenPurchase() {
        AvailabilityView view = AvailabilityCascade.rank(inputs(5,
                List.of(new Available(A, Condition.NEW, 2, null), new Available(B, Condition.RECONDITIONED, 1, null)),
                Map.of(NEW_PUMP, List.of(new Available(A, Condition.USED, 4, null))),
                List.of(new InRepair("RO-2026-000001", null, RepairStatus.IN_REPAIR, TODAY.plusDays(3))),
                Map.of(MOTOR, List.of(new Available(B, Condition.REPAIRED, 1, null), new Available(A, Condition.NEW, 3, null))),
                List.of(offer("ACME", "30.00", false, 5), offer("BOSCH", "35.00", true, 10))));

        List<Source> sources = view.options().stream().map(AvailabilityOption::source).toList();
        assertEquals(List.of(Source.STOCK, Source.STOCK, Source.EQUIVALENT_STOCK, Source.IN_REPAIR, Source.CANNIBALISE,
                Source.PURCHASE), sources);
        assertEquals(Condition.RECONDITIONED, view.options().get(0).condition(), "reconditioned first");
        assertEquals(4, view.options().get(2).quantity(), "an equivalent covers up to what it holds");
        assertEquals(5, view.servableFromStock());
        assertTrue(view.covered());
        assertEquals("LV-MOT-1", view.options().get(4).sku(), "only the repaired assembly, never the new one");
        assertEquals("BOSCH", view.options().get(5).supplier(), "the preferred offer wins over a cheaper one");
        assertEquals(TODAY.plusDays(10), view.options().get(5).expectedDate());
    }

    @Test
    void aRequestStockCannotCoverSaysHowMuchItCanServe() {
        AvailabilityView view = AvailabilityCascade.rank(inputs(5, List.of(new Available(A, Condition.NEW, 2, null)),
                Map.of(), List.of(), Map.of(), List.of()));

        assertEquals(2, view.servableFromStock());
        assertFalse(view.covered());
        assertEquals(1, view.options().size());
    }

    @Test
    void defectiveStockIsNeverAnOption() {
        AvailabilityView view = AvailabilityCascade.rank(inputs(1, List.of(new Available(A, Condition.DEFECTIVE, 9, null)),
                Map.of(), List.of(), Map.of(), List.of()));

        assertTrue(view.options().isEmpty());
    }

    private static AvailabilityCascade.Inputs inputs(int quantity, List<Available> stock,
                                                     Map<PartInfo, List<Available>> equivalents, List<InRepair> repairs,
                                                     Map<PartInfo, List<Available>> assemblyStock, List<OfferView> offers) {
        Map<PartInfo, Integer> assemblies = assemblyStock.isEmpty() ? Map.of() : Map.of(MOTOR, 1);
        return new AvailabilityCascade.Inputs(PUMP, quantity, ConditionPreferenceFixture.defaults(), stock, List.of(), equivalents,
                repairs, assemblies, assemblyStock, offers, TODAY);
    }

    private static OfferView offer(String supplier, String price, boolean preferred, int leadTime) {
        return new OfferView(supplier, supplier, "REF", PUMP.sku(), new BigDecimal(price), "EUR", 1, 1, leadTime, preferred, null);
    }
}

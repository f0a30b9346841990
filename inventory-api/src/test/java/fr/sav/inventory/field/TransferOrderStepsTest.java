package fr.sav.inventory.field;

import fr.sav.inventory.shared.Conflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A transfer order moves OPEN → IN_TRANSIT → RECEIVED, each step once and in order. */
class TransferOrderStepsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void anOrderIsShippedThenReceivedAndSaysByWhomAndWhen() {
        TransferOrder order = order();

        order.ship("magasinier", NOW);
        order.receive("technicien", NOW.plusSeconds(3600));

        assertEquals(TransferOrderStatus.RECEIVED, order.status);
        assertEquals("magasinier", order.shippedBy);
        assertEquals(NOW.plusSeconds(3600), order.receivedAt);
    }

    @Test
    void aStepOutOfOrderIsRefusedWithWhatIsAllowed() {
        TransferOrder order = order();

        Conflict early = assertThrows(Conflict.class, () -> order.receive("technicien", NOW));
        order.ship("magasinier", NOW);
        Conflict twice = assertThrows(Conflict.class, () -> order.ship("magasinier", NOW));

        assertEquals("/problems/invalid-transition", early.getType().toString());
        assertEquals(List.of("ship"), early.getParameters().get("allowed"));
        assertEquals(List.of("receive"), twice.getParameters().get("allowed"));
        assertEquals(TransferOrderStatus.IN_TRANSIT, order.status);
    }

    @Test
    void whatIsMissingIsWhatWasShippedLessWhatArrived() {
        TransferOrder.Line line = new TransferOrder.Line();
        line.quantity = 5;

        assertEquals(0, line.missing(), "nothing is missing before the receipt");
        line.received = 3;
        assertEquals(2, line.missing());
    }

    private static TransferOrder order() {
        TransferOrder order = new TransferOrder();
        order.number = "TO-2026-000001";
        return order;
    }
}

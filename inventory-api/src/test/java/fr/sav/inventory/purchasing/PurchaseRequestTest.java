package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.InvalidTransition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A purchase request's verbs check its status, move it on and record each step. */
class PurchaseRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static PurchaseRequest ordered() {
        PurchaseRequest request = PurchaseRequest.draft("PR-1", 7, List.of(new PurchaseRequestLine.Wanted(11, 5,
                new BigDecimal("10.00"), "EUR", null, null, null)), "for the van", "buyer", NOW);
        request.act(PurchaseAction.SUBMIT, "buyer", NOW);
        request.approve("manager", null, () -> BigDecimal.ZERO, NOW);
        request.act(PurchaseAction.ORDER, "buyer", NOW);
        return request;
    }

    @Test
    void eachStepIsRecordedWithTheMoveItMade() {
        PurchaseRequest request = ordered();

        List<PurchaseRequest.Step> steps = request.takeRecorded();

        assertEquals(List.of("create", "submit", "approve", "order"), steps.stream().map(PurchaseRequest.Step::action)
                .toList());
        assertNull(steps.get(0).from());
        assertEquals(PurchaseStatus.APPROVED, steps.get(3).from());
        assertEquals(PurchaseStatus.ORDERED, steps.get(3).to());
        assertEquals("manager", steps.get(2).actor());
        assertEquals(List.of(), request.takeRecorded(), "taken once");
    }

    @Test
    void theAuthorCannotApproveTheirOwnRequest() {
        PurchaseRequest request = PurchaseRequest.draft("PR-2", 7, List.of(), null, "buyer", NOW);
        request.act(PurchaseAction.SUBMIT, "other", NOW);

        assertThrows(FourEyesRefusal.class, () -> request.approve("buyer", null, () -> BigDecimal.ZERO, NOW));
        assertEquals(PurchaseStatus.SUBMITTED, request.status());
    }

    @Test
    void aPartialDeliveryLeavesTheRequestPartiallyReceivedAndTheRestComesLater() {
        PurchaseRequest request = ordered();
        PurchaseRequestLine line = request.lineFor(11);

        request.receive(line, "SKU", 3);
        request.received(1, "store", NOW);

        assertEquals(PurchaseStatus.PARTIALLY_RECEIVED, request.status());
        assertEquals(2, line.outstanding());
        assertThrows(OverReceipt.class, () -> request.receive(line, "SKU", 3));
        request.receive(line, "SKU", 2);
        request.received(1, "store", NOW);
        assertEquals(PurchaseStatus.RECEIVED, request.status());
        assertEquals(NOW, request.closedAt());
    }

    @Test
    void nothingIsReceivedOnARequestNotOrdered() {
        PurchaseRequest request = PurchaseRequest.draft("PR-3", 7, List.of(new PurchaseRequestLine.Wanted(11, 5, null,
                "EUR", null, null, null)), null, "buyer", NOW);

        InvalidTransition refused = assertThrows(InvalidTransition.class,
                () -> request.receive(request.lineFor(11), "SKU", 1));

        assertEquals("DRAFT", refused.currentStatus());
        assertEquals(List.of("submit", "cancel"), refused.allowed());
        assertEquals(0, request.lineFor(11).received());
    }
}

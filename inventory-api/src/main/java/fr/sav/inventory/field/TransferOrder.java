package fr.sav.inventory.field;

import fr.sav.inventory.shared.InvalidTransition;
import fr.sav.inventory.stock.Condition;

import java.time.Instant;
import java.util.List;

/** Stock sent from one location to another through transit, with verbs that move it on once, in order. */
final class TransferOrder {

    Long id;
    String number;
    long fromId;
    long toId;
    TransferOrderStatus status = TransferOrderStatus.OPEN;
    Instant createdAt;
    String createdBy;
    Instant shippedAt;
    String shippedBy;
    Instant receivedAt;
    String receivedBy;
    List<Line> lines;

    /** One part in one condition (or one serialized unit): how many are sent, and how many arrived once received. */
    static final class Line {
        Long id;
        int lineNo;
        long partId;
        Condition condition;
        String serial;
        int quantity;
        Integer received;

        int missing() {
            return received == null ? 0 : quantity - received;
        }
    }

    void ship(String actor, Instant now) {
        move(TransferOrderStatus.OPEN, TransferOrderStatus.IN_TRANSIT, "ship");
        shippedAt = now;
        shippedBy = actor;
    }

    void receive(String actor, Instant now) {
        move(TransferOrderStatus.IN_TRANSIT, TransferOrderStatus.RECEIVED, "receive");
        receivedAt = now;
        receivedBy = actor;
    }

    private void move(TransferOrderStatus expected, TransferOrderStatus next, String action) {
        if (status != expected) {
            throw new InvalidTransition("Not allowed in this status", number, status, action,
                    status == TransferOrderStatus.OPEN ? List.of("ship")
                            : status == TransferOrderStatus.IN_TRANSIT ? List.of("receive") : List.of(),
                    number + " is " + status + ": '" + action + "' is allowed only when it is " + expected);
        }
        status = next;
    }
}

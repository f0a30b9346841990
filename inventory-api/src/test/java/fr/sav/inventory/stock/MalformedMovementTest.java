package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every malformed movement is a problem+json 4xx and changes nothing. */
class MalformedMovementTest extends ApiTest {

    private String sku;
    private String serialized;
    private String store;
    private String workshop;

    @BeforeAll
    void stock() {
        sku = given.part();
        serialized = given.serializedPart();
        store = given.store();
        workshop = given.workshop();
        given.receive(sku, store, 10, "NEW");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unknown sku", "{\"type\":\"ISSUE\",\"sku\":\"NO-SUCH-SKU-42\",\"fromLocation\":\"$STORE\"}", 404, "not-found"),
                Arguments.of("negative quantity", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"quantity\":-3}", 400, "invalid-request"),
                Arguments.of("zero quantity", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"quantity\":0}", 400, "invalid-request"),
                Arguments.of("unknown condition", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"condition\":\"BROKEN\"}", 400, "bad-request"),
                Arguments.of("unknown type", "{\"type\":\"TELEPORT\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\"}", 400, "bad-request"),
                Arguments.of("missing type", "{\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("missing location", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\"}", 400, "invalid-request"),
                Arguments.of("unknown location", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"NO-SUCH-PLACE\"}", 404, "not-found"),
                Arguments.of("missing part", "{\"type\":\"ISSUE\",\"fromLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("wrong JSON", "{\"type\":\"ISSUE\",\"sku\":", 400, "bad-request"),
                Arguments.of("JSON array", "[{\"type\":\"ISSUE\"}]", 400, "bad-request"),
                Arguments.of("quantity as text", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"quantity\":\"two\"}", 400, "bad-request"),
                Arguments.of("serialized part without serial", "{\"type\":\"RECEIPT\",\"sku\":\"$SERIALIZED\",\"toLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("serialized part, quantity 2", "{\"type\":\"RECEIPT\",\"sku\":\"$SERIALIZED\",\"serial\":\"SN-X1\",\"toLocation\":\"$STORE\",\"quantity\":2}", 400, "invalid-request"),
                Arguments.of("serial on a plain part", "{\"type\":\"RECEIPT\",\"sku\":\"$SKU\",\"serial\":\"SN-X2\",\"toLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("transfer to the same place", "{\"type\":\"TRANSFER\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"toLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("transfer changing condition", "{\"type\":\"TRANSFER\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"toLocation\":\"$WORKSHOP\",\"fromCondition\":\"NEW\",\"toCondition\":\"USED\"}", 400, "invalid-request"),
                Arguments.of("regrade to the same condition", "{\"type\":\"REGRADE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"fromCondition\":\"NEW\",\"toCondition\":\"NEW\"}", 400, "invalid-request"),
                Arguments.of("adjustment without note", "{\"type\":\"ADJUSTMENT\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\",\"delta\":-1}", 400, "invalid-request"),
                Arguments.of("adjustment without delta", "{\"type\":\"ADJUSTMENT\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\",\"note\":\"x\"}", 400, "invalid-request"),
                Arguments.of("delta on an issue", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"delta\":2}", 400, "invalid-request"),
                Arguments.of("more than available", "{\"type\":\"ISSUE\",\"sku\":\"$SKU\",\"fromLocation\":\"$STORE\",\"quantity\":11}", 409, "insufficient-stock"),
                Arguments.of("adjustment below zero", "{\"type\":\"ADJUSTMENT\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\",\"delta\":-11,\"note\":\"count\"}", 409, "insufficient-stock"),
                Arguments.of("return into a store", "{\"type\":\"RETURN\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\"}", 409, "defective-location"),
                Arguments.of("sku with spaces", "{\"type\":\"ISSUE\",\"sku\":\"A B\",\"fromLocation\":\"$STORE\"}", 400, "invalid-request"),
                Arguments.of("future date", "{\"type\":\"RECEIPT\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\",\"occurredAt\":\"2099-01-01T00:00:00Z\"}", 400, "invalid-request"),
                Arguments.of("note too long", "{\"type\":\"RECEIPT\",\"sku\":\"$SKU\",\"toLocation\":\"$STORE\",\"note\":\"" + "x".repeat(501) + "\"}", 400, "invalid-request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRefusedWithAProblemAndChangesNothing(String name, String template, int status, String type) {
        long movementsBefore = admin.get("/api/movements?size=1").integer("total");

        Reply reply = admin.raw("POST", "/api/movements", "application/json", template.replace("$SKU", sku)
                .replace("$SERIALIZED", serialized).replace("$STORE", store).replace("$WORKSHOP", workshop));

        reply.expectProblem(status, type);
        assertEquals(movementsBefore, admin.get("/api/movements?size=1").integer("total"));
        assertEquals(10, given.onHand(sku, store, "NEW"));
        assertEquals(0, admin.get("/api/parts/" + serialized + "/stock").integer("onHand"));
    }
}

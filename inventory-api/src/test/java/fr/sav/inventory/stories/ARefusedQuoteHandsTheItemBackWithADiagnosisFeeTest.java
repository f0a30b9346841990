package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Le client refuse le devis : on lui rend son lave-vaisselle tel quel et on facture le diagnostic. Rien n'est
 * entré dans notre stock. »
 */
class ARefusedQuoteHandsTheItemBackWithADiagnosisFeeTest extends ApiTest {

    @Test
    void theCustomerTakesTheItemBackUnrepairedAndPaysTheDiagnosis() {
        Department department = new Department(admin, userWith("MANAGER"));
        String dishwasher = given.part(Map.of("serialized", true, "repairable", true, "family", "DISHWASHER",
                "standardCost", "400.00"));
        String serial = Fixtures.key("CUST");
        Figures before = department.dashboard();

        String number = department.customerDropOff(dishwasher, serial, "CLIENT-LEROY");
        department.diagnose(number, "180.00", 60);
        Reply quoted = department.quote(number, "260.00");
        Figures waiting = department.dashboard();
        Reply handedBack = admin.post("/api/repair-orders/" + number + "/return-unrepaired", Map.of("fee", "35.00",
                "note", "devis refusé")).expect(200);
        Reply delivered = admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);

        assertEquals(department.awaitingCustomer, quoted.string("location"));
        assertEquals("READY_FOR_PICKUP", handedBack.string("status"));
        assertEquals("UNREPAIRED", delivered.string("outcome"));
        assertEquals(35.0, ((Number) delivered.get("diagnosisFee")).doubleValue());
        Map<String, Object> item = department.unit(serial);
        assertEquals("CUSTOMER", item.get("owner"));
        assertEquals("AT_CUSTOMER", item.get("status"));
        assertEquals(List.of(), department.ledger(number), "a customer's item never enters the ledger");
        assertEquals(List.of(), department.history(serial));
        assertEquals(0, department.onHand(dishwasher, department.workshop, "DEFECTIVE"));
        assertEquals(1, waiting.inRepairThisWeek("customer") - before.inRepairThisWeek("customer"));
        Figures after = department.dashboard();
        assertEquals(0, after.inRepairThisWeek("customer") - before.inRepairThisWeek("customer"));
        assertEquals(before.stockTotal(), after.stockTotal(), 0.001);
        assertEquals(0, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
    }
}

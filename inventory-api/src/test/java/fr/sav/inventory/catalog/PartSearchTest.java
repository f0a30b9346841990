package fr.sav.inventory.catalog;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts search finds what a technician types or scans: every word in any order, a label's code, a GTIN. */
class PartSearchTest extends ApiTest {

    @Test
    void everyWordMustAppearInAnyOrderAcrossTheFields() {
        String tag = Fixtures.key("W").replace("-", "");
        String seal = given.part(Map.of("name", "Hublot : joint de porte " + tag, "manufacturer", "Whirlpool"));
        given.part(Map.of("name", "Joint de cuve " + tag));

        assertEquals(List.of(seal), skus("joint hublot " + tag));
        assertEquals(List.of(seal), skus(tag + " whirlpool"));
        assertEquals(2, skus("joint " + tag).size());
        assertEquals(List.of(), skus("joint hublot cuve " + tag));
    }

    @Test
    void aScannedLabelAndAGtinFindTheirPart() {
        String gtin = Fixtures.gtin();
        String sku = given.part(Map.of("gtin", gtin));

        assertEquals(List.of(sku), skus("P:" + sku));
        assertEquals(List.of(sku), skus(gtin));
        assertEquals(List.of(), skus("100%_" + sku));
    }

    private List<String> skus(String q) {
        return admin.get("/api/parts?size=50&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .expect(200).items().stream().map(part -> (String) part.get("sku")).toList();
    }
}

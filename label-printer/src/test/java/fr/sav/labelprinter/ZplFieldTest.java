package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ZplFieldTest {

    private static final Pattern SAFE = Pattern.compile("(?:[\\x20-\\x7E&&[^\\^~_]]|_[0-9A-F]{2})*+");

    @Test
    void everyCharacterOfTheFirst256AndBeyondRoundTrips() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        all.append("œŒ€…漢✓").appendCodePoint(0x1F600);

        String escaped = ZplField.escape(all.toString());

        assertTrue(SAFE.matcher(escaped).matches());
        assertEquals(all.toString(), Zpl.unhex(escaped));
    }

    @Test
    void randomTextRoundTripsAndHoldsNoCommandPrefix() {
        Random random = new Random(20260314);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(random.nextInt(4) == 0 ? "^~_"
                        .charAt(random.nextInt(3)) : (char) random.nextInt(0x2000));
            }
            String plain = text.toString().replaceAll("[\\uD800-\\uDFFF]", "x");

            String escaped = ZplField.escape(plain);

            assertTrue(SAFE.matcher(escaped).matches(), escaped);
            assertEquals(plain, Zpl.unhex(escaped));
        }
    }

    @Test
    void plainTextStaysReadable() {
        assertEquals("P:LV-PMP-0042", ZplField.escape("P:LV-PMP-0042"));
        assertEquals("_5EXZ_7EJR_5F", ZplField.escape("^XZ~JR_"));
    }
}

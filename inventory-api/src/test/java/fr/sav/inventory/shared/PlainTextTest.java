package fr.sav.inventory.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void lettersOfAnyScriptAndWholeEmojiArePlain() {
        for (String text : List.of("", "Pompe de vidange 30 W", "Résistance é ü ß", "مضخة", "水泵", "😀 ok")) {
            assertEquals(Optional.empty(), PlainText.fault("name", text, false), text);
        }
    }

    @Test
    void controlsBidiOverridesAndHalfCharactersAreRefusedAndATabOnlyInFreeText() {
        for (String text : List.of("a\u0000", "a\nb", "a\rb", "\u001b[31m", "\u007f", "\u0085", "\u009b",
                "cod\u202Eexe.txt", "\u2066x\u2069", "\u200F", "\u061C", "\uD800", "x\uDC00", "\uDBFFA")) {
            assertTrue(PlainText.fault("name", text, true).isPresent(), text);
        }
        assertTrue(PlainText.fault("note", "carton\tabîmé", false).isPresent());
        assertEquals(Optional.empty(), PlainText.fault("note", "carton\tabîmé", true));
        FieldError bidi = PlainText.fault("name", "cod\u202Eexe", false).orElseThrow();
        assertTrue(bidi.message().contains("U+202E at position 4"), bidi.message());
        assertEquals(new FieldError("name", bidi.message(), "control-character", Map.of("code", "U+202E", "position", 4)), bidi);
    }
}

package fr.sav.labelprinter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatrixSizeTest {

    private static final String[] ALPHABETS = {"0123456789", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.:",
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-._:", "abcdefghijklmnopqrstuvwxyz!\"#%&'()*+,/;<=>?@[\\]^`{|}~ "};

    @Test
    void sizingA2DCodeForZplAgreesWithEncodingIt() {
        Random random = new Random(42);
        for (int i = 0; i < 600; i++) {
            String alphabet = ALPHABETS[i % ALPHABETS.length];
            StringBuilder text = new StringBuilder();
            for (int length = 1 + random.nextInt(Barcode.MAX_LENGTH); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Symbology symbology : new Symbology[] {Symbology.QR_CODE, Symbology.DATA_MATRIX}) {
                Barcode barcode = new Barcode(text.toString(), symbology);

                assertEquals(Symbol.of(barcode).columns(), Symbol.sizedForZpl(barcode).columns(), barcode::toString);
            }
        }
    }
}

package fr.sav.labelprinter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default 50×30 mm label at 203 dpi prints every code of the shapes a department meets, 8 to 40 characters:
 * manufacturer part numbers, bin codes, serials. A code too wide for Code 128 becomes a Data Matrix, and every
 * output (PNG, PDF, ZPL) carries it.
 */
class LongCodesTest {

    private static final LabelSize SIZE = LabelSize.MM_50X30;
    private static final Dpi DPI = Dpi.ZEBRA_203;

    private final Labels labels = new Labels();

    @ParameterizedTest
    @ValueSource(strings = {"DC97-16151A", "481236118548", "BSH-00641429", "EBR80757405", "AS0064567-LG-BOARD",
            "C00311150", "WPW10321304", "A00126401-ELECTROLUX", "3D-IND-PCB-ASSEMBLY-V2-LG-EAX6",
            "LAVE-LINGE-POMPE-VIDANGE-COMPLETE-AVEC"})
    void everyPartNumberPrintsAndScansBack(String sku) throws IOException {
        assertPrintsAndScans(PartLabel.of(sku, "Pièce détachée " + sku, "RECONDITIONED", "MAG-A-03-04"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAG-A-03", "MAG-A-03-04", "ATELIER-TV-ETABLI-2", "MAG-B-12-07-NIVEAU-3", "QUARANTAINE-RETOURS-FOURNISSEUR"})
    void everyBinCodePrintsAndScansBack(String code) throws IOException {
        assertPrintsAndScans(LocationLabel.of(code, "Emplacement " + code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SN12345678", "1234567890ABCDEF", "WTG86401FF-SN-0099887766", "SN-2026-EU-0123456789-ABCDEFGHIJ"})
    void everySerialPrintsAndScansBackInEachSymbology(String serial) throws IOException {
        UnitLabel unit = UnitLabel.of(serial, "DC97-16151A", "REPAIRED");
        for (Symbology symbology : List.of(Symbology.QR_CODE, Symbology.DATA_MATRIX)) {
            assertPrintsAndScans(unit.with(symbology));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PMP-42", "12345678", "A-03"})
    void aCodeThatFitsStaysCode128(String sku) {
        Layout layout = LabelLayout.of(PartLabel.of(sku, "Pompe", null, null), SIZE, DPI);

        assertEquals(Symbology.CODE_128, layout.code().symbol().barcode().symbology());
    }

    private void assertPrintsAndScans(Label label) throws IOException {
        Layout layout = LabelLayout.of(label, SIZE, DPI);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(labels.png(label, SIZE, DPI)));

        assertEquals(label.code(), Scan.read(image, layout, 1), () -> "read back from " + layout.code().symbol());
        assertTrue(labels.pdf(label, SIZE, DPI).length > 0);
        String zpl = labels.zpl(label, SIZE, DPI, 1);
        String command = switch (layout.code().symbol().barcode().symbology()) {
            case CODE_128 -> "^BC";
            case QR_CODE -> "^BQ";
            case DATA_MATRIX -> "^BX";
        };
        assertTrue(zpl.contains(command), zpl);
    }
}

package fr.sav.inventory.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every label the service prints scans back to a code that /api/scan resolves to the same thing. */
class LabelApiTest extends ApiTest {

    private ServerSocket printer;
    private int closedPort;

    @Override
    public Map<String, String> getProperties() {
        try {
            printer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = closed.getLocalPort();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("label.printers.atelier.host", "127.0.0.1");
        properties.put("label.printers.atelier.port", String.valueOf(printer.getLocalPort()));
        properties.put("label.printers.dead.host", "127.0.0.1");
        properties.put("label.printers.dead.port", String.valueOf(closedPort));
        properties.put("label.printers.dead.connect-timeout-millis", "500");
        return properties;
    }

    @AfterAll
    void closePrinter() throws IOException {
        printer.close();
    }

    @ParameterizedTest(name = "{0} at {1} dpi")
    @CsvSource({"50x30, 203", "100x50, 300", "57x32, 203"})
    void eachKindOfLabelScansBackToWhatScanResolves(String size, int dpi) throws Exception {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, workshop, "DEFECTIVE");
        String order = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");

        Map<String, String> labels = Map.of("PART", "/api/labels/parts/" + sku, "LOCATION", "/api/labels/locations/" + workshop,
                "UNIT", "/api/labels/units/" + serial, "REPAIR_ORDER", "/api/labels/repair-orders/" + order);
        Map<String, String> keys = Map.of("PART", sku, "LOCATION", workshop, "UNIT", serial, "REPAIR_ORDER", order);

        for (var label : labels.entrySet()) {
            byte[] png = admin.bytes(label.getValue() + "?format=png&size=" + size + "&dpi=" + dpi);
            String code = decode(ImageIO.read(new ByteArrayInputStream(png)));
            Reply scanned = admin.get("/api/scan/" + code).expect(200);
            assertEquals(label.getKey(), scanned.string("kind"), code);
            assertEquals(keys.get(label.getKey()), scanned.string("key"), code);
        }
    }

    @Test
    void aPdfLabelScansBackAndKeepsItsAccents() throws Exception {
        String sku = given.part(Map.of("name", "Résistance chauffante à ç è ê"));

        byte[] pdf = admin.bytes("/api/labels/parts/" + sku + "?format=pdf&size=100x50");

        assertEquals("application/pdf", admin.get("/api/labels/parts/" + sku + "?format=pdf").contentType());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Résistance chauffante à ç è ê"));
            assertEquals("P:" + sku, decode(new PDFRenderer(document).renderImageWithDPI(0, 300)));
        }
    }

    @Test
    void zplFieldDataCannotInjectCommands() {
        String sku = given.part(Map.of("name", "Carte ^XZ^XA^FDpwned~JR"));

        String zpl = admin.get("/api/labels/parts/" + sku + "?format=zpl").expect(200).text();

        assertEquals(1, zpl.split("\\^XA", -1).length - 1, zpl);
        assertEquals(1, zpl.split("\\^XZ", -1).length - 1, zpl);
        assertTrue(zpl.contains("^BC"), zpl);
        assertTrue(!zpl.contains("~JR"), zpl);
    }

    @Test
    void anA4SheetHoldsEveryLabelAcrossPages() throws Exception {
        String sku = given.part();
        String store = given.store();

        byte[] pdf = admin.postForBytes("/api/labels/sheet", Map.of("labels", List.of(
                Map.of("kind", "PART", "key", sku, "copies", 20), Map.of("kind", "LOCATION", "key", store, "copies", 10))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "30 labels on sheets of 24");
            java.nio.file.Path kept = fr.sav.inventory.support.Browser.SCREENSHOTS.resolve("label-sheet.png");
            java.nio.file.Files.createDirectories(kept.getParent());
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png", kept.toFile());
        }
        admin.post("/api/labels/sheet", Map.of("labels", List.of(Map.of("kind", "PART", "key", sku)),
                "layout", Map.of("preset", "A5_NOTHING"))).expectProblem(400, "invalid-request");
        admin.post("/api/labels/sheet", Map.of("labels", List.of())).expectProblem(400, "invalid-request");
    }

    @Test
    void printingSendsExactlyTheZplToTheConfiguredPrinter() throws Exception {
        String sku = given.part();
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try (Socket connection = printer.accept(); InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Reply printed = admin.post("/api/labels/print", Map.of("printer", "atelier",
                "labels", List.of(Map.of("kind", "PART", "key", sku)))).expect(200);

        String expected = admin.get("/api/labels/parts/" + sku + "?format=zpl&size=50x30&dpi=203").text();
        assertEquals(expected, new String(received.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertEquals(1, printed.integer("labels"));
    }

    @Test
    void aPrinterThatDoesNotAnswerIsABadGatewayAndAnUnknownOneIsNotFound() {
        String sku = given.part();

        admin.post("/api/labels/print", Map.of("printer", "dead", "labels", List.of(Map.of("kind", "PART", "key", sku))))
                .expectProblem(502, "printer-unreachable");
        admin.post("/api/labels/print", Map.of("printer", "nowhere", "labels", List.of(Map.of("kind", "PART", "key", sku))))
                .expectProblem(404, "not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConfiguredPrintersAreListedByName() {
        var printers = (List<Map<String, Object>>) userWith("STOREKEEPER").get("/api/labels/printers").expect(200).json();

        assertEquals(List.of(
                Map.of("name", "atelier", "host", "127.0.0.1", "port", printer.getLocalPort(), "size", "50x30", "dpi", 203),
                Map.of("name", "dead", "host", "127.0.0.1", "port", closedPort, "size", "50x30", "dpi", 203)), printers);
    }

    @Test
    void manufacturerPartNumbersAndLongBinCodesPrintOnTheDefaultLabelAsADataMatrixAndScanBack() throws Exception {
        // The issue's own codes, made once: a random key would make each run print another code.
        String sku = "DC97-16151A";
        String bin = "MAG-A-03-04";
        if (admin.get("/api/parts/" + sku).status() == 404) {
            given.part(Map.of("sku", sku));
        }
        if (admin.get("/api/locations/" + bin).status() == 404) {
            admin.post("/api/locations", Map.of("code", bin, "name", "Bac", "kind", "BIN")).expect(201);
        }

        for (String path : List.of("/api/labels/parts/" + sku, "/api/labels/locations/" + bin)) {
            BufferedImage label = ImageIO.read(new ByteArrayInputStream(admin.bytes(path + "?format=png")));
            String code = decodeDataMatrix(label);
            assertTrue(code.endsWith(sku) || code.endsWith(bin), code);
            admin.get("/api/scan/" + code).expect(200);
        }
        admin.get("/api/labels/parts/" + sku + "?symbology=code128").expectProblem(400, "code-does-not-fit");
        admin.get("/api/labels/parts/" + sku + "?format=zpl").expect(200);
    }

    @Test
    void everyKindTakesEverySymbology() throws Exception {
        String sku = given.serializedPart();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, given.store(), "NEW");

        byte[] linear = admin.bytes("/api/labels/units/" + serial + "?format=png&size=100x50&symbology=code128");
        assertEquals("U:" + serial, decode(ImageIO.read(new ByteArrayInputStream(linear))));
        byte[] qr = admin.bytes("/api/labels/parts/" + sku + "?format=png&symbology=qr");
        assertEquals("P:" + sku, decode(ImageIO.read(new ByteArrayInputStream(qr))));
        admin.get("/api/labels/parts/" + sku + "?symbology=pdf417").expectProblem(400, "invalid-request");
    }

    @Test
    void badLabelRequestsAreProblems() {
        String sku = given.part();

        admin.get("/api/labels/parts/" + sku + "?format=gif").expectProblem(400, "invalid-request");
        admin.get("/api/labels/parts/" + sku + "?size=huge").expectProblem(400, "invalid-request");
        admin.get("/api/labels/parts/NO-SUCH-" + sku).expectProblem(404, "not-found");
        admin.get("/api/labels/locations/" + given.store() + "?size=15x10&dpi=203").expectProblem(400, "code-does-not-fit");
    }

    /**
     * A Data Matrix sits on the label's left, in at most 40 % of its width: read it there, as a hand-held imager is
     * aimed at it (ZXing's detector, started from the image's centre, loses its way in the text beside it).
     */
    /**
     * Reads the Data Matrix as an imager aimed at the label's left part would: a crop of the left share of the label
     * (then wider or narrower), given a white margin and enlarged, read with either binarizer. ZXing's Data Matrix
     * detector wants a quiet zone and loses its finder pattern next to text, which a hand-held imager does not.
     */
    private static String decodeDataMatrix(BufferedImage label) throws NotFoundException {
        for (double share : new double[] {0.42, 0.5, 0.36, 0.3, 0.6}) {
            var source = new BufferedImageLuminanceSource(
                    quiet(label.getSubimage(0, 0, (int) (label.getWidth() * share), label.getHeight())));
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX))).getText();
                } catch (NotFoundException notThere) {
                    // the next binarizer or crop
                }
            }
        }
        throw NotFoundException.getNotFoundInstance();
    }

    /** The image twice as large, on a white margin of a tenth of its width. */
    private static BufferedImage quiet(BufferedImage image) {
        int margin = image.getWidth() / 10;
        BufferedImage framed = new BufferedImage(2 * (image.getWidth() + 2 * margin), 2 * (image.getHeight() + 2 * margin),
                BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = framed.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, 2 * margin, 2 * margin, 2 * image.getWidth(), 2 * image.getHeight(), null);
        g.dispose();
        return framed;
    }

    private static String decode(BufferedImage image) throws NotFoundException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

package fr.sav.csvimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MillionRowsMemoryTest {

    private static final int ROWS = 1_000_000;
    private static final int BAD_EVERY = 10_000;
    private static final Pattern REPORT = Pattern.compile("rows=(\\d+) valid=(\\d+) rejected=(\\d+) .*");

    @TempDir
    Path directory;

    @Test
    void aMillionRowCatalogIsReadInA64MegabyteHeap() throws Exception {
        Path file = directory.resolve("catalog-1M.csv");
        write(file);
        assertTrue(java.nio.file.Files.size(file) > 60_000_000L, "the file must be far bigger than the heap");

        Process child = new ProcessBuilder(List.of(javaCommand(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), CountRows.class.getName(), file.toString()))
                .redirectErrorStream(true)
                .start();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        java.nio.file.Files.delete(file);

        assertTrue(finished, "reading took more than 120 s");
        assertEquals(0, child.exitValue(), output);
        System.out.println("MillionRowsMemoryTest: " + output);
        Matcher report = REPORT.matcher(output.lines().reduce((first, last) -> last).orElse(""));
        assertTrue(report.matches(), output);
        assertEquals(ROWS, Long.parseLong(report.group(1)));
        assertEquals(ROWS / BAD_EVERY, Long.parseLong(report.group(3)));
    }

    private static void write(Path file) throws IOException {
        try (BufferedWriter out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Réf. fournisseur;Référence interne;Désignation;Prix unitaire HT;Devise;Qté mini;"
                    + "Conditionnement;Délai (jours);Préféré;;\r\n");
            for (int i = 1; i <= ROWS; i++) {
                String price = i % BAD_EVERY == 0 ? "n/a" : (1 + i % 999) + " " + String.format("%03d", i % 1000) + ",50";
                String name = i % 1000 == 0 ? "\"Carte électronique\r\nrév. \"\"B\"\" n°" + i + "\"" : "Pompe de vidange n°" + i;
                out.write("S" + i + ";LV-" + i + ";" + name + ";" + price + ";EUR;1;" + (1 + i % 10) + ";"
                        + i % 30 + ";" + (i % 2 == 0 ? "oui" : "non") + ";;\r\n");
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

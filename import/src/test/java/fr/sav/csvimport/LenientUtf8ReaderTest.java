package fr.sav.csvimport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LenientUtf8ReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void utf8IsDecodedEvenOneCharacterAtATime() throws IOException {
        String text = "Pompe à eau 30 W — 12 € ✓ 🔧 fin";

        assertEquals(text, readOneCharAtATime(new LenientUtf8Reader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("réparé ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("réparé 12 € ".getBytes(WINDOWS_1252));
        bytes.writeBytes("crème".getBytes(StandardCharsets.UTF_8));

        assertEquals("réparé réparé 12 € crème", readAll(new LenientUtf8Reader(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    @Test
    void aCharacterSplitAcrossReadsOfTheStreamIsDecodedWhole() throws IOException {
        String text = "x".repeat(16 * 1024 - 1) + "é€🔧" + "y".repeat(100);
        InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };

        assertEquals(text, readAll(new LenientUtf8Reader(trickle)));
    }

    @Test
    void aPrefixCutInsideACharacterIsStillUtf8UnlessItIsTheWholeFile() {
        byte[] cut = {'a', (byte) 0xC3};

        assertTrue(Utf8.isValid(cut, 0, false));
        assertFalse(Utf8.isValid(cut, 0, true));
        assertFalse(Utf8.isValid("é;".getBytes(WINDOWS_1252), 0, false));
        assertFalse(Utf8.isValid(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, false), "overlong form");
        assertFalse(Utf8.isValid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, false), "surrogate");
    }

    private static String readOneCharAtATime(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] one = new char[1];
        while (reader.read(one, 0, 1) > 0) {
            text.append(one[0]);
        }
        return text.toString();
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1000];
        for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}

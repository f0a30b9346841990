package fr.sav.csvimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character set a file is read with, and the length of the byte order mark to skip. */
record Encoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** UTF-8 is read leniently: stray Windows-1252 bytes further in the file still decode. */
    Reader reader(InputStream in) {
        return charset.equals(StandardCharsets.UTF_8) ? new LenientUtf8Reader(in) : new InputStreamReader(in, charset);
    }

    String decode(byte[] bytes) {
        try (Reader reader = reader(new ByteArrayInputStream(bytes, bomLength, bytes.length - bomLength))) {
            StringBuilder text = new StringBuilder(bytes.length);
            char[] chunk = new char[8192];
            for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
                text.append(chunk, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean utf16() {
        return charset.name().startsWith("UTF-16");
    }
}

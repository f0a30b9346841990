package fr.sav.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8, and reads any byte that is not part of a valid UTF-8 sequence as Windows-1252, so that a
 * French export with an 'é' (0xE9) after the detection prefix still reads right.
 */
final class LenientUtf8Reader extends Reader {

    private static final char[] WINDOWS_1252 = windows1252();

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private int pendingLowSurrogate = -1;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        int n = 0;
        if (len > 0 && pendingLowSurrogate >= 0) {
            out[off + n++] = (char) pendingLowSurrogate;
            pendingLowSurrogate = -1;
        }
        while (n < len) {
            while (n < len && pos < limit && buffer[pos] >= 0) {
                out[off + n++] = (char) buffer[pos++];
            }
            if (n == len || !ensureSequence()) {
                break;
            }
            n += decodeOne(out, off + n, len - n);
        }
        return n == 0 && len > 0 ? -1 : n;
    }

    private int decodeOne(char[] out, int at, int room) {
        int length = Utf8.sequenceLength(buffer, pos, limit);
        if (length <= 0) {
            out[at] = WINDOWS_1252[buffer[pos++] & 0xFF];
            return 1;
        }
        int codePoint = Utf8.codePoint(buffer, pos, length);
        pos += length;
        if (codePoint < 0x10000) {
            out[at] = (char) codePoint;
            return 1;
        }
        out[at] = Character.highSurrogate(codePoint);
        if (room > 1) {
            out[at + 1] = Character.lowSurrogate(codePoint);
            return 2;
        }
        pendingLowSurrogate = Character.lowSurrogate(codePoint);
        return 1;
    }

    private boolean ensureSequence() throws IOException {
        while (limit - pos < 4 && !eof) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        return pos < limit;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static char[] windows1252() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return new String(all, Encoding.WINDOWS_1252).toCharArray();
    }
}

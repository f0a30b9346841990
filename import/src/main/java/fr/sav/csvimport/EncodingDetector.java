package fr.sav.csvimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Byte order mark first (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-8 if the prefix is well-formed UTF-8,
 * else Windows-1252. A charset given by the caller wins, but a matching byte order mark is still skipped.
 */
final class EncodingDetector {

    private EncodingDetector() {
    }

    static Encoding detect(byte[] prefix, boolean complete, Charset forced) {
        Encoding bom = byteOrderMark(prefix);
        if (forced != null) {
            return new Encoding(forced, bom != null && bom.charset().equals(forced) ? bom.bomLength() : 0);
        }
        if (bom != null) {
            return bom;
        }
        return new Encoding(Utf8.isValid(prefix, 0, complete) ? StandardCharsets.UTF_8 : Encoding.WINDOWS_1252, 0);
    }

    private static Encoding byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }
}

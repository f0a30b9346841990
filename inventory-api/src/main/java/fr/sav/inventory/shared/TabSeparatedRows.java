package fr.sav.inventory.shared;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as LOAD DATA reads them: a tab between values, a line each, \N for null, backslash escapes, UTF-8, written
 * straight into one buffer. Instants are written in UTC, as they are bound; rows written together mostly share one,
 * formatted once. Read back in pieces of at most {@link #PIECE} bytes: the MariaDB driver (3.5) sends each piece it reads
 * as a packet from its 8 KB buffer, and for a larger piece allocates a 128 KB buffer and drops it after the packet, some
 * 750 MB of garbage for a million rows.
 */
final class TabSeparatedRows extends ByteArrayInputStream {

    private static final int PIECE = 8_000;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private TabSeparatedRows(byte[] buffer, int length) {
        super(buffer, 0, length);
    }

    static TabSeparatedRows of(List<Object[]> rows) {
        Writer out = new Writer(rows.size() * 128);
        Map<Instant, String> instants = new HashMap<>();
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.ascii('\t');
                }
                if (row[i] instanceof Instant instant) {
                    out.text(instants.computeIfAbsent(instant,
                            at -> LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(DATETIME)));
                } else {
                    out.value(row[i]);
                }
            }
            out.ascii('\n');
        }
        return new TabSeparatedRows(out.buffer, out.size);
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) {
        return super.read(into, offset, Math.min(length, PIECE));
    }

    /** A growing buffer of UTF-8 text. */
    private static final class Writer {

        private byte[] buffer;
        private int size;

        Writer(int capacity) {
            buffer = new byte[Math.max(capacity, 16)];
        }

        void value(Object value) {
            if (value == null) {
                text("\\N");
            } else if (value instanceof Boolean flag) {
                ascii(flag ? '1' : '0');
            } else if (value instanceof BigDecimal decimal) {
                text(decimal.toPlainString());
            } else {
                escaped(value instanceof Enum<?> constant ? constant.name() : value.toString());
            }
        }

        /** Text written as it is (it holds no character LOAD DATA would read as a tab, a line or an escape). */
        void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                ascii(text.charAt(i));
            }
        }

        void escaped(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> text("\\\\");
                    case '\t' -> text("\\t");
                    case '\n' -> text("\\n");
                    case '\r' -> text("\\r");
                    case '\0' -> text("\\0");
                    default -> {
                        if (c < 0x80) {
                            ascii(c);
                        } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1))) {
                            utf8(Character.toCodePoint(c, text.charAt(++i)));
                        } else {
                            utf8(Character.isSurrogate(c) ? '?' : c);
                        }
                    }
                }
            }
        }

        void ascii(char c) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) c;
        }

        private void utf8(int codePoint) {
            if (codePoint < 0x800) {
                ascii((char) (0xC0 | codePoint >> 6));
            } else {
                if (codePoint < 0x10000) {
                    ascii((char) (0xE0 | codePoint >> 12));
                } else {
                    ascii((char) (0xF0 | codePoint >> 18));
                    ascii((char) (0x80 | codePoint >> 12 & 0x3F));
                }
                ascii((char) (0x80 | codePoint >> 6 & 0x3F));
            }
            ascii((char) (0x80 | codePoint & 0x3F));
        }
    }
}

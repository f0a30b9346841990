package fr.sav.csvimport;

/** Strict UTF-8 byte sequences: well-formed, shortest form, no surrogates. */
final class Utf8 {

    static final int TRUNCATED = -1;

    private Utf8() {
    }

    /** The length of the UTF-8 sequence at {@code pos}, 0 if the bytes there are not UTF-8, or TRUNCATED. */
    static int sequenceLength(byte[] bytes, int pos, int limit) {
        int lead = bytes[pos] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        for (int i = 1; i < length; i++) {
            if (pos + i >= limit) {
                return TRUNCATED;
            }
            int next = bytes[pos + i] & 0xFF;
            if (next < (i == 1 ? lowestSecond(lead) : 0x80) || next > (i == 1 ? highestSecond(lead) : 0xBF)) {
                return 0;
            }
        }
        return length;
    }

    static int codePoint(byte[] bytes, int pos, int length) {
        if (length == 1) {
            return bytes[pos] & 0xFF;
        }
        int codePoint = bytes[pos] & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            codePoint = codePoint << 6 | bytes[pos + i] & 0x3F;
        }
        return codePoint;
    }

    /** Whether the bytes are UTF-8; a sequence cut by the end counts as valid unless the bytes are the whole file. */
    static boolean isValid(byte[] bytes, int from, boolean complete) {
        int pos = from;
        while (pos < bytes.length) {
            int length = sequenceLength(bytes, pos, bytes.length);
            if (length == TRUNCATED) {
                return !complete;
            }
            if (length == 0) {
                return false;
            }
            pos += length;
        }
        return true;
    }

    private static int lowestSecond(int lead) {
        return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    }

    private static int highestSecond(int lead) {
        return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    }
}

package fr.sav.inventory.catalog;

import java.util.Arrays;

/**
 * Skus and their parts' ids held compactly in memory (some 20 bytes a part besides its sku, against about 100 in a map
 * of strings), for a price list that names a large share of the catalog. Holds only skus of printable ASCII: for
 * those the column's collation (utf8mb4_unicode_ci) compares exactly as ASCII does without case, trailing spaces
 * ignored, so the index finds what the database would; any other sku it leaves to the database.
 */
final class SkuIndex {

    /** What {@link #find} answers for a sku it cannot tell: not held, or not one it holds by its nature. */
    static final long UNKNOWN = -1;

    private final long maxBytes;
    private byte[] keys = new byte[1 << 16];
    private int[] starts = new int[1 << 12];
    private long[] ids = new long[1 << 12];
    private int[] slots = new int[1 << 13];
    private int size;
    private int keyBytes;

    /** An index that refuses skus once it would take more than {@code maxBytes} of memory. */
    SkuIndex(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Adds a part's sku; skus it cannot hold are passed over. False once the index takes more memory than it may: it is
     * no use then, since the skus that did not fit would be missed.
     */
    boolean add(String sku, long id) {
        int length = heldLength(sku);
        if (length == 0) {
            return true;
        }
        int slot = slot(sku, length);
        if (slots[slot] != 0) {
            ids[slots[slot] - 1] = UNKNOWN;
            return true;
        }
        if (size + 1 == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        if (keyBytes + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyBytes + length));
        }
        for (int i = 0; i < length; i++) {
            keys[keyBytes + i] = (byte) upper(sku.charAt(i));
        }
        starts[size] = keyBytes;
        ids[size] = id;
        keyBytes += length;
        starts[++size] = keyBytes;
        slots[slot] = size;
        if (size * 4 > slots.length * 3) {
            rehash();
        }
        return memory() <= maxBytes;
    }

    /** The id of the part with this sku, or {@link #UNKNOWN}: ask the database then. */
    long find(String sku) {
        int length = heldLength(sku);
        if (length == 0) {
            return UNKNOWN;
        }
        int entry = slots[slot(sku, length)];
        return entry == 0 ? UNKNOWN : ids[entry - 1];
    }

    int size() {
        return size;
    }

    private long memory() {
        return keys.length + 12L * starts.length + 4L * slots.length;
    }

    /** The slot that holds the sku, or the empty slot where it goes. */
    private int slot(String sku, int length) {
        int mask = slots.length - 1;
        for (int slot = hash(sku, length) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0 || same(entry - 1, sku, length)) {
                return slot;
            }
        }
    }

    private boolean same(int entry, String sku, int length) {
        int start = starts[entry];
        if (starts[entry + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (keys[start + i] != upper(sku.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hash(keys, starts[entry], starts[entry + 1]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }

    private static int hash(String sku, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + upper(sku.charAt(i));
        }
        return spread(hash);
    }

    private static int hash(byte[] keys, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + keys[i];
        }
        return spread(hash);
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 15);
    }

    /** The sku's length without trailing spaces, or 0 when it is not printable ASCII (or blank). */
    private static int heldLength(String sku) {
        int length = sku.length();
        while (length > 0 && sku.charAt(length - 1) == ' ') {
            length--;
        }
        for (int i = 0; i < length; i++) {
            char c = sku.charAt(i);
            if (c < ' ' || c > '~') {
                return 0;
            }
        }
        return length;
    }

    private static int upper(char c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
}

package fr.sav.csvimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/** The first bytes of an upload, read for detection, and the whole stream again from any offset in them. */
final class InputPrefix {

    static final int SIZE = 64 * 1024;

    private final byte[] bytes;
    private final boolean complete;
    private final InputStream rest;

    private InputPrefix(byte[] bytes, boolean complete, InputStream rest) {
        this.bytes = bytes;
        this.complete = complete;
        this.rest = rest;
    }

    static InputPrefix read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(SIZE);
        return new InputPrefix(bytes, bytes.length < SIZE, in);
    }

    byte[] bytes() {
        return bytes;
    }

    /** Whether the prefix is the whole file. */
    boolean complete() {
        return complete;
    }

    InputStream streamFrom(int offset) {
        return new SequenceInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset), rest);
    }

    void close() throws IOException {
        rest.close();
    }
}

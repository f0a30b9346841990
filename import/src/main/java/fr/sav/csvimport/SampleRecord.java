package fr.sav.csvimport;

import java.util.List;

/** A record of the detection sample: the physical line it starts on and its trimmed fields. */
record SampleRecord(long line, List<String> fields) {

    /** The number of fields, not counting empty ones at the end. */
    int filledWidth() {
        int width = fields.size();
        while (width > 0 && fields.get(width - 1).isEmpty()) {
            width--;
        }
        return width;
    }

    String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}

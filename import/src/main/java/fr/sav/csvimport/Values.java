package fr.sav.csvimport;

import java.util.List;

/** The typed values of one valid row, by field; null for an optional field left empty or absent. */
final class Values {

    private final List<ImportField<?>> fields;
    private final Object[] values;

    Values(List<ImportField<?>> fields) {
        this.fields = fields;
        this.values = new Object[fields.size()];
    }

    void put(int position, Object value) {
        values[position] = value;
    }

    @SuppressWarnings("unchecked")
    <V> V get(ImportField<V> field) {
        int position = fields.indexOf(field);
        if (position < 0) {
            throw new IllegalArgumentException(field + " is not a field of this schema");
        }
        return (V) values[position];
    }
}

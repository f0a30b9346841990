package fr.sav.csvimport;

import java.util.ArrayList;
import java.util.List;

/** One column an import understands: our field name, whether every row needs it, and the headers suppliers give it. */
public final class ImportField<V> {

    private final String name;
    private final CellType<V> type;
    private final boolean required;
    private final List<String> synonyms;
    private final List<String> names;

    private ImportField(String name, CellType<V> type, boolean required, List<String> synonyms) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.synonyms = List.copyOf(synonyms);
        List<String> normalized = new ArrayList<>(List.of(HeaderName.normalize(name)));
        synonyms.forEach(synonym -> normalized.add(HeaderName.normalize(synonym)));
        this.names = List.copyOf(normalized);
    }

    static <V> ImportField<V> required(String name, CellType<V> type, String... synonyms) {
        return new ImportField<>(name, type, true, List.of(synonyms));
    }

    static <V> ImportField<V> optional(String name, CellType<V> type, String... synonyms) {
        return new ImportField<>(name, type, false, List.of(synonyms));
    }

    public String name() {
        return name;
    }

    /** Whether every row must give a value (fields in a one-of group are not required one by one). */
    public boolean required() {
        return required;
    }

    /** The headers, besides the field name, that mean this field; compared without case, accents or punctuation. */
    public List<String> synonyms() {
        return synonyms;
    }

    CellType<V> type() {
        return type;
    }

    boolean answersTo(String normalizedHeader) {
        return names.contains(normalizedHeader);
    }

    @Override
    public String toString() {
        return name;
    }
}

package fr.sav.csvimport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds each field's column: first the caller's mapping {field: header}, then the field's name and
 * synonyms, then the same with a trailing unit dropped from the header ("Prix HT €", "Délai (jours)").
 * Headers compare without case, accents, spaces or punctuation; the leftmost match wins.
 */
final class HeaderMatcher {

    private HeaderMatcher() {
    }

    static ColumnMap match(ImportSchema<?> schema, List<String> headers, Map<String, String> mapping) {
        List<ImportField<?>> fields = schema.fields();
        int[] columns = new int[fields.size()];
        Arrays.fill(columns, -1);
        List<String> normalized = headers.stream().map(HeaderName::normalize).toList();
        mapping.forEach((fieldName, header) -> {
            ImportField<?> field = schema.field(fieldName).orElseThrow(() -> unknownField(schema, fieldName));
            int column = normalized.indexOf(HeaderName.normalize(header));
            if (column < 0) {
                throw MissingColumns.mappedHeaderAbsent(field, header, headers);
            }
            columns[fields.indexOf(field)] = column;
        });
        for (int variant = 0; variant < 4; variant++) {
            for (int position = 0; position < fields.size(); position++) {
                if (columns[position] < 0) {
                    columns[position] = find(fields.get(position), headers, columns, variant);
                }
            }
        }
        ColumnMap map = new ColumnMap(fields, headers, columns);
        MissingColumns.check(schema, map, headers);
        return map;
    }

    private static int find(ImportField<?> field, List<String> headers, int[] taken, int variant) {
        for (int column = 0; column < headers.size(); column++) {
            int candidate = column;
            List<String> variants = HeaderName.variants(headers.get(column));
            boolean free = Arrays.stream(taken).noneMatch(c -> c == candidate);
            if (free && variant < variants.size() && field.answersTo(variants.get(variant))
                    && !variants.get(variant).isEmpty()) {
                return column;
            }
        }
        return -1;
    }

    private static IllegalArgumentException unknownField(ImportSchema<?> schema, String fieldName) {
        return new IllegalArgumentException("the mapping names '" + fieldName + "', which is not a field of the "
                + schema.name() + " import; its fields are "
                + String.join(", ", schema.fields().stream().map(ImportField::name).toList()));
    }
}

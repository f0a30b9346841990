package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PATCH of a part: the fields sent replace the stored ones, the others stay; {@code null} clears an optional
 * field (family, manufacturer, references, GTIN, costs) but not the name, the unit or a yes/no field. The
 * result is checked by the same rules as a whole part.
 */
@Singleton
class PartChanges {

    private static final Set<String> REQUIRED = Set.of("name", "unit", "serialized", "repairable");
    private static final List<String> FIELDS = Arrays.stream(PartRequest.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    private final ObjectMapper json;
    private final Validator validator;

    PartChanges(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    PartRequest apply(Part current, JsonNode changes) {
        if (!changes.isObject()) {
            throw new InvalidRequest("body", FieldRule.CHANGES_OBJECT,
                    "send a JSON object holding only the fields to change");
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        stored(current).forEach((field, value) -> merged.put(field, tree(value)));
        for (Map.Entry<String, JsonNode> change : changes.entries()) {
            String field = change.getKey();
            if (!FIELDS.contains(field)) {
                throw new InvalidRequest(field, FieldRule.NOT_A_FIELD, "is not a field of a part; fields: "
                        + String.join(", ", FIELDS), "fields", String.join(", ", FIELDS));
            }
            if (change.getValue().isNull() && REQUIRED.contains(field)) {
                throw new InvalidRequest(field, FieldRule.CANNOT_BE_CLEARED, "cannot be cleared: send a value");
            }
            merged.put(field, change.getValue());
        }
        PartRequest request = read(JsonNode.createObjectNode(merged));
        Set<ConstraintViolation<PartRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private static Map<String, Object> stored(Part part) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sku", part.sku());
        fields.put("name", part.name());
        fields.put("family", part.family());
        fields.put("manufacturer", part.manufacturer());
        fields.put("manufacturerRef", part.manufacturerRef());
        fields.put("gtin", part.gtin());
        fields.put("unit", part.unit());
        fields.put("serialized", part.serialized());
        fields.put("repairable", part.repairable());
        fields.put("standardCost", part.standardCost());
        fields.put("exchangePrice", part.exchangePrice());
        return fields;
    }

    private JsonNode tree(Object value) {
        try {
            return value == null ? JsonNode.nullNode() : json.writeValueToTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartRequest read(JsonNode fields) {
        try {
            return json.readValueFromTree(fields, Argument.of(PartRequest.class));
        } catch (IOException e) {
            throw new InvalidRequest("body", FieldRule.WRONG_KIND,
                    "a field has a value of the wrong kind: " + e.getMessage());
        }
    }
}

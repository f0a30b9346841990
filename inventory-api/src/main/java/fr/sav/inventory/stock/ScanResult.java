package fr.sav.inventory.stock;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** A resolved code: its kind, the key that addresses it in the API, and a short summary to show. */
@Serdeable
public record ScanResult(ScanKind kind, String key, Map<String, Object> summary) {
}

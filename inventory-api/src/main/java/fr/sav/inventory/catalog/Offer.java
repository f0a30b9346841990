package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A supplier's offer for one of our parts: its reference, price, ordering terms and warranty. */
@MappedEntity("supplier_offer")
record Offer(@Id @GeneratedValue @Nullable Long id,
             Long supplierId,
             Long partId,
             String supplierRef,
             BigDecimal price,
             String currency,
             int minOrderQty,
             int packSize,
             @Nullable Integer leadTimeDays,
             boolean preferred,
             Instant updatedAt,
             @Nullable Integer warrantyMonths) {
}

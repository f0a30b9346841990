package fr.sav.inventory.repair;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A company item of a part in an open repair order: supply expected back. */
public record InRepair(String number, @Nullable String serial, RepairStatus status, @Nullable LocalDate expectedDate) {
}

package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A location as clients see it and create it. */
@Serdeable
public record LocationView(@NotBlank String code, @NotBlank @Size(max = 200) String name, @NotNull LocationKind kind,
                           @Nullable String parent) {
}

package fr.sav.inventory.labels;

import fr.sav.labelprinter.LabelKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of label requests. */
public final class LabelRequests {

    private LabelRequests() {
    }

    /**
     * Which label: kind PART, LOCATION, UNIT or REPAIR_ORDER and its key (sku, code, serial or number), and the
     * symbology (code128, qr, datamatrix) if not the kind's own.
     */
    @Serdeable
    public record Item(@NotNull LabelKind kind, @NotBlank @Size(max = 60) String key,
                       @Nullable @Positive @Max(500) Integer copies, @Nullable String symbology) {

        int copiesOrOne() {
            return copies == null ? 1 : copies;
        }
    }

    /** A preset sheet ({@code A4_3X8_70X37}...) or a custom A4 grid, in millimetres. */
    @Serdeable
    public record Layout(@Nullable String preset, @Nullable @Positive Double labelWidthMm,
                         @Nullable @Positive Double labelHeightMm, @Nullable @Positive @Max(20) Integer columns,
                         @Nullable @Positive @Max(40) Integer rows, @Nullable @PositiveOrZero Double marginLeftMm,
                         @Nullable @PositiveOrZero Double marginTopMm, @Nullable @PositiveOrZero Double gapXMm,
                         @Nullable @PositiveOrZero Double gapYMm) {
    }

    @Serdeable
    public record Sheet(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid Item> labels, @Nullable @Valid Layout layout) {
    }

    @Serdeable
    public record Print(@NotBlank String printer, @NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid Item> labels) {
    }

    /** What a printer was sent. */
    @Serdeable
    public record Printed(String printer, int labels, int bytes) {
    }

    /** A configured thermal printer: where its ZPL goes, and the label stock it holds. */
    @Serdeable
    public record Printer(String name, String host, int port, String size, int dpi) {
    }
}

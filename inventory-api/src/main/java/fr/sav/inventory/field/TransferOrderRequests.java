package fr.sav.inventory.field;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of transfer order requests. */
public final class TransferOrderRequests {

    private TransferOrderRequests() {
    }

    /**
     * Stock to send from one location to another: the lines given, or ({@code fromReplenishment}) what the
     * replenishment of {@code to} proposes, from {@code from} or else from its parent store.
     */
    @Serdeable
    public record Create(@Nullable @Size(max = 32) String from, @NotBlank @Size(max = 32) String to,
                         @Nullable Boolean fromReplenishment,
                         @Nullable @Size(max = 500) List<@NotNull @Valid Line> lines) {
    }

    /**
     * A part to send; without {@code condition}, the preferred usable conditions the sender has. A serialized part
     * names its {@code serials} (one per piece), or the sender's available units are taken.
     */
    @Serdeable
    public record Line(@NotBlank @Size(max = 40) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                       @Nullable Condition condition, @Nullable @Size(max = 500) List<@NotBlank String> serials) {

        public Line(String sku, int quantity, @Nullable Condition condition) {
            this(sku, quantity, condition, null);
        }
    }

    /** What arrived; without lines, everything shipped. A line left out arrived with none of its pieces. */
    @Serdeable
    public record Receive(@Nullable @Size(max = 500) List<@NotNull @Valid Received> lines) {
    }

    /**
     * Pieces of a part that arrived; {@code condition} picks the line when the part was sent in several, {@code serial}
     * the unit of a serialized part.
     */
    @Serdeable
    public record Received(@NotBlank @Size(max = 40) String sku, @NotNull @PositiveOrZero @Max(1_000_000) Integer quantity,
                           @Nullable Condition condition, @Nullable @Size(max = 40) String serial) {
    }
}

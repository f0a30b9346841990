package fr.sav.inventory.purchasing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a supplier served us since {@code since} (twelve months back): its receipts (one per purchase request and
 * day of delivery) and the days from order to each, their median and 90th percentile; how many arrived by the date
 * the offer's lead time promised ({@code onTimeShare} of those with a known lead time); the pieces sent back after a
 * failed quality check; and its returns to vendor, with the credit obtained in the supplier's currency.
 */
@Serdeable
public record SupplierFiguresView(String supplier, String name, LocalDate since, int receipts, long piecesReceived,
                                  @Nullable Double leadTimeMedianDays, @Nullable Integer leadTimeP90Days,
                                  int receiptsWithPromise, int onTimeReceipts, @Nullable Double onTimeShare,
                                  long qualityRejects, int vendorReturns, long vendorReturnPieces,
                                  BigDecimal creditTotal, String currency) {
}

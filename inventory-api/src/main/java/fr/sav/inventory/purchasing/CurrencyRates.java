package fr.sav.inventory.purchasing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.MapFormat;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What one unit of a currency is worth in EUR ({@code inventory.currency-rates.USD=0.92}); EUR is 1. */
@Singleton
class CurrencyRates {

    static final String EUR = "EUR";

    private final Map<String, BigDecimal> rates = new HashMap<>();

    CurrencyRates(@Nullable @Property(name = "inventory.currency-rates") @MapFormat(transformation = MapFormat.MapTransformation.FLAT)
                  Map<String, Object> configured) {
        if (configured != null) {
            configured.forEach((code, rate) -> rates.put(code.toUpperCase(Locale.ROOT), new BigDecimal(rate.toString().trim())));
        }
        rates.put(EUR, BigDecimal.ONE);
    }

    /** The amount in EUR, to four decimals; empty when the currency has no rate. */
    Optional<BigDecimal> inEur(BigDecimal amount, @Nullable String currency) {
        BigDecimal rate = rates.get(currency == null ? EUR : currency.toUpperCase(Locale.ROOT));
        return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate).setScale(4, RoundingMode.HALF_UP));
    }

    /** The amount in EUR, or a refusal naming the setting that would give the rate. */
    BigDecimal requireInEur(BigDecimal amount, @Nullable String currency) {
        return inEur(amount, currency).orElseThrow(() -> new MissingCurrencyRate(currency));
    }

    static String setting(String currency) {
        return "inventory.currency-rates." + currency;
    }
}

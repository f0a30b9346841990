package fr.sav.inventory.labels;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * A thermal label printer, configured as {@code label.printers.<name>.host} (and {@code .port}, 9100 by
 * default, {@code .size}, {@code .dpi}); {@code LABEL_PRINTERS_<NAME>_HOST} works as an environment variable.
 */
@EachProperty("label.printers")
record PrinterSettings(@Parameter String name,
                              String host,
                              @Bindable(defaultValue = "9100") int port,
                              @Bindable(defaultValue = "50x30") String size,
                              @Bindable(defaultValue = "203") int dpi,
                              @Bindable(defaultValue = "3000") int connectTimeoutMillis,
                              @Bindable(defaultValue = "10000") int writeTimeoutMillis) {
}

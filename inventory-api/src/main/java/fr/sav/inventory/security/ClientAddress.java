package fr.sav.inventory.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The address a login attempt comes from, for {@link LoginAttempts}: the connection's own, since anyone can write a
 * {@code Forwarded} or {@code X-Forwarded-For} header. Behind a reverse proxy, {@code inventory.security.client-address-header}
 * names the header the proxy sets, and its last value (the one the proxy itself appended) counts.
 */
@Singleton
class ClientAddress {

    private final String header;

    ClientAddress(@Nullable @Value("${inventory.security.client-address-header:}") String header) {
        this.header = header == null || header.isBlank() ? null : header;
    }

    String of(HttpRequest<?> request) {
        if (header != null) {
            String values = request.getHeaders().get(header);
            if (values != null && !values.isBlank()) {
                return values.substring(values.lastIndexOf(',') + 1).trim();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}

package fr.sav.inventory.reservation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Gives back reservations whose needed-by date plus {@code inventory.reservation.grace-days} has passed.
 * Safe with several instances: each reservation is locked, and rows another instance holds are skipped.
 */
@Singleton
@Requires(property = "inventory.reservation.expiry.enabled", notEquals = "false")
class ReservationExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);

    private final Reservations reservations;
    private final Clock clock;
    private final int graceDays;

    ReservationExpiry(Reservations reservations, Clock clock,
                      @Value("${inventory.reservation.grace-days:2}") int graceDays) {
        this.reservations = reservations;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    @Scheduled(fixedDelay = "${inventory.reservation.expiry-interval:5m}", initialDelay = "30s")
    void expire() {
        try {
            int expired = reservations.expireNeededBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(graceDays));
            if (expired > 0) {
                LOG.info("Expired {} reservation(s) past their needed-by date and {} days of grace", expired, graceDays);
            }
        } catch (RuntimeException e) {
            LOG.warn("Reservation expiry did not run: {}", e.getMessage());
        }
    }
}

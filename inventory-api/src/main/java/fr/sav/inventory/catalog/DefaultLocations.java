package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Transactions;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The places a department needs before anyone thinks of creating them: where items wait for the customer's answer
 * to a quote, and where goods between two places are (in transit). Created at start when no location of that kind exists, so that the first quote does not fail.
 */
@Singleton
class DefaultLocations {

    static final String AWAITING_CUSTOMER = "ATTENTE-CLIENT";
    static final String TRANSIT = "EN-TRANSIT";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultLocations.class);

    private final Locations locations;
    private final Transactions transactions;
    private final Clock clock;

    DefaultLocations(Locations locations, Transactions transactions, Clock clock) {
        this.locations = locations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            transactions.write(() -> {
                if (locations.countList(LocationKind.AWAITING_CUSTOMER.name()) == 0
                        && locations.findByCode(AWAITING_CUSTOMER).isEmpty()) {
                    locations.save(new Location(null, AWAITING_CUSTOMER, "Attente de la décision du client",
                            LocationKind.AWAITING_CUSTOMER, null, clock.instant()));
                    LOG.info("Created location {} for items waiting for the customer's answer to a quote",
                            AWAITING_CUSTOMER);
                }
                if (locations.countList(LocationKind.TRANSIT.name()) == 0) {
                    locations.save(new Location(null, TRANSIT, "En transit", LocationKind.TRANSIT, null, clock.instant()));
                    LOG.info("Created location {} for goods between two places", TRANSIT);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.info("Default locations not checked now ({}): the first quote will say what to create", e.getMessage());
        }
    }
}

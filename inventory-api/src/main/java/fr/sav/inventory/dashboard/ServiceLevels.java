package fr.sav.inventory.dashboard;

import fr.sav.inventory.exchange.CoreTally;
import fr.sav.inventory.exchange.Exchanges;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.DemandSource;
import jakarta.inject.Singleton;

/** Whether the workshop got its parts when it asked and the customers brought their cores back in time. */
@Singleton
class ServiceLevels {

    /** Unmet demand {@code u} of a reservation refused in a period (bind its start and end, then the source). */
    private static final String REFUSED = "u.occurred_at >= ? AND u.occurred_at < ? AND u.source = ?";

    private static final DemandSource RESERVATION = DemandSource.RESERVATION;

    private final Sql sql;
    private final Exchanges exchanges;

    ServiceLevels(Sql sql, Exchanges exchanges) {
        this.sql = sql;
        this.exchanges = exchanges;
    }

    /**
     * Asks for a part in the period and how many stock served at once. A reservation is made only when stock serves
     * it whole, and a refused one leaves unmet demand under its reference: a need (a part for a reference) refused
     * at least once counts once, unserved; a reservation with no refusal of its need before it counts as served.
     */
    DashboardView.FirstTimeAvailability firstTimeAvailability(Period period) {
        return sql.one("SELECT (SELECT COUNT(*) FROM reservation WHERE created_at >= ? AND created_at < ?) AS reserved, "
                        + "(SELECT COUNT(DISTINCT r.id) FROM unmet_demand u JOIN reservation r ON r.reference = TRIM(u.reference) "
                        + "AND r.part_id = u.part_id AND r.created_at >= u.occurred_at AND r.created_at < ? WHERE " + REFUSED
                        + ") AS after_refusal, (SELECT COUNT(DISTINCT TRIM(u.reference), u.part_id) FROM unmet_demand u WHERE "
                        + REFUSED + ") AS refused",
                row -> {
                    long served = row.getLong("reserved") - row.getLong("after_refusal");
                    long asked = served + row.getLong("refused");
                    return new DashboardView.FirstTimeAvailability(asked, served, Shares.of(served, asked));
                },
                period.start(), period.end(), period.end(), period.start(), period.end(), RESERVATION, period.start(), period.end(),
                RESERVATION)
                .orElseThrow();
    }

    /** Exchanges whose core was due in the period, and how many cores came back by their due date. */
    DashboardView.CoreRecovery coreRecovery(Period period) {
        CoreTally tally = exchanges.coreReturns(period.first(), period.last());
        return new DashboardView.CoreRecovery(tally.due(), tally.onTime(), Shares.of(tally.onTime(), tally.due()));
    }
}

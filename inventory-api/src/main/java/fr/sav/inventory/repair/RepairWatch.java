package fr.sav.inventory.repair;

import fr.sav.inventory.notification.NotificationKind;
import fr.sav.inventory.notification.Occasion;
import fr.sav.inventory.notification.Watch;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.UnmetDemand;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What in the workshop needs attention: orders past their expected date, quotes unanswered for
 * {@code inventory.notify.quote-days}, and open orders refused a part for lack of stock in the last
 * {@code inventory.notify.blocked-days}.
 */
@Singleton
class RepairWatch implements Watch {

    private static final int LIMIT = 500;
    private static final String CLOSED = Arrays.stream(RepairStatus.values()).filter(s -> !s.open())
            .map(s -> "'" + s + "'").collect(Collectors.joining(", ", "(", ")"));
    private static final String LINK = "#/workshop";

    private final Sql sql;
    private final Warehouse warehouse;
    private final int quoteDays;
    private final int blockedDays;

    RepairWatch(Sql sql, Warehouse warehouse, @Value("${inventory.notify.quote-days:7}") int quoteDays,
                @Value("${inventory.notify.blocked-days:30}") int blockedDays) {
        this.sql = sql;
        this.warehouse = warehouse;
        this.quoteDays = quoteDays;
        this.blockedDays = blockedDays;
    }

    @Override
    public List<Occasion> occasions(LocalDate today) {
        List<Occasion> occasions = new ArrayList<>(overdue(today));
        occasions.addAll(quotesWaiting(today));
        occasions.addAll(blocked(today));
        return occasions;
    }

    private List<Occasion> overdue(LocalDate today) {
        return sql.list("SELECT number, expected_date FROM repair_order WHERE expected_date < ? AND status NOT IN "
                        + CLOSED + " ORDER BY expected_date LIMIT ?",
                row -> new Occasion(NotificationKind.REPAIR_OVERDUE, row.getString(1), "Réparation en retard : "
                        + row.getString(1) + " (prévue le " + row.getDate(2).toLocalDate() + ")", LINK),
                Date.valueOf(today), LIMIT);
    }

    private List<Occasion> quotesWaiting(LocalDate today) {
        return sql.list("SELECT r.number, r.customer_ref, MAX(e.occurred_at) FROM repair_order r "
                        + "JOIN repair_order_event e ON e.repair_order_id = r.id AND e.to_status = ? "
                        + "WHERE r.status = ? GROUP BY r.id, r.number, r.customer_ref "
                        + "HAVING MAX(e.occurred_at) < ? LIMIT ?",
                row -> new Occasion(NotificationKind.QUOTE_WAITING, row.getString(1), "Devis sans réponse : "
                        + row.getString(1) + (row.getString(2) == null ? "" : " (client " + row.getString(2) + ")")
                        + " depuis le " + row.getTimestamp(3).toLocalDateTime().toLocalDate(), LINK),
                RepairStatus.AWAITING_APPROVAL, RepairStatus.AWAITING_APPROVAL,
                Timestamp.valueOf(today.minusDays(quoteDays).atStartOfDay()), LIMIT);
    }

    private List<Occasion> blocked(LocalDate today) {
        List<UnmetDemand> unmet = warehouse.unmetSince(today.minusDays(blockedDays).atStartOfDay().toInstant(ZoneOffset.UTC),
                LIMIT);
        if (unmet.isEmpty()) {
            return List.of();
        }
        List<Object> references = unmet.stream().map(UnmetDemand::reference).distinct().collect(Collectors.toList());
        Set<String> open = Set.copyOf(sql.list("SELECT number FROM repair_order WHERE number IN ("
                + Sql.placeholders(references.size()) + ") AND status NOT IN " + CLOSED, row -> row.getString(1),
                references.toArray()));
        return unmet.stream().filter(u -> open.contains(u.reference()))
                .map(u -> new Occasion(NotificationKind.REPAIR_BLOCKED, u.reference() + " " + u.sku(),
                        "Réparation bloquée : " + u.reference() + " attend " + u.quantity() + " × " + u.sku()
                                + " (rupture de stock)", LINK))
                .toList();
    }
}

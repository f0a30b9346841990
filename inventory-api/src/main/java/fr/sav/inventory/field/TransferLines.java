package fr.sav.inventory.field;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.shared.Codes;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.DefectiveLocation;
import fr.sav.inventory.stock.UnitInfo;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transfer order's lines as asked: a part without a condition is taken in the preferred usable conditions the
 * sender has available (one line per condition), a serialized part one line per unit (named, or the sender's in
 * stock); what arrived is matched to the lines it names.
 */
@Singleton
class TransferLines {

    private final Catalog catalog;
    private final Warehouse warehouse;
    private final Sql sql;

    TransferLines(Catalog catalog, Warehouse warehouse, Sql sql) {
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.sql = sql;
    }

    void add(TransferOrder order, LocationInfo from, LocationInfo to, TransferOrderRequests.Line asked, String field) {
        PartInfo part = catalog.part(asked.sku());
        if (!part.serialized() && asked.serials() != null && !asked.serials().isEmpty()) {
            throw new InvalidRequest(field + ".serials", FieldRule.NOT_SERIALIZED,
                    part.sku() + " is not serialized: no serial expected", "sku", part.sku());
        }
        if (asked.condition() == Condition.DEFECTIVE && !to.kind().holdsDefective()) {
            throw new DefectiveLocation(part.sku(), to);
        }
        if (part.serialized()) {
            units(order, from, part, asked, field);
            return;
        }
        if (asked.condition() != null) {
            line(order, part, asked.condition(), null, asked.quantity(), field);
            return;
        }
        Map<Condition, Integer> available = available(part, from);
        List<Condition> usable = warehouse.usableInOrder();
        int left = asked.quantity();
        for (Condition condition : usable) {
            int take = Math.min(left, available.getOrDefault(condition, 0));
            if (take > 0) {
                line(order, part, condition, null, take, field);
                left -= take;
            }
        }
        if (left > 0) {
            line(order, part, usable.get(0), null, left, field);
        }
    }

    /** One line per unit: the serials named (each of this part), or the sender's units in stock, preferred first. */
    private void units(TransferOrder order, LocationInfo from, PartInfo part, TransferOrderRequests.Line asked,
                       String field) {
        if (asked.serials() != null && !asked.serials().isEmpty()) {
            if (asked.serials().size() != asked.quantity()) {
                throw new InvalidRequest(field + ".serials", FieldRule.ONE_SERIAL_PER_PIECE, "name one serial per piece: "
                        + asked.quantity() + " pieces, " + asked.serials().size() + " serials",
                        "quantity", asked.quantity(), "serials", asked.serials().size());
            }
            for (String given : asked.serials()) {
                String serial = Codes.serial(given);
                UnitInfo unit = warehouse.findUnit(serial).orElseThrow(() -> new NotFound("unit", serial));
                if (unit.partId() != part.id()) {
                    throw new InvalidRequest(field + ".serials", FieldRule.NOT_A_UNIT_OF,
                            serial + " is not a unit of " + part.sku(), "serial", serial, "sku", part.sku());
                }
                line(order, part, asked.condition() != null ? asked.condition() : unit.condition(), serial, 1, field);
            }
            return;
        }
        List<String[]> units = sql.list("SELECT serial, item_condition FROM stock_unit WHERE part_id = ? "
                        + "AND location_id = ? AND status = 'IN_STOCK' AND owner = 'COMPANY' ORDER BY serial",
                row -> new String[]{row.getString(1), row.getString(2)}, part.id(), from.id());
        List<Condition> preferred = asked.condition() != null ? List.of(asked.condition()) : warehouse.usableInOrder();
        List<String[]> chosen = units.stream().filter(u -> preferred.contains(Condition.valueOf(u[1])))
                .sorted(java.util.Comparator.comparingInt(u -> preferred.indexOf(Condition.valueOf(u[1]))))
                .limit(asked.quantity()).toList();
        if (chosen.size() < asked.quantity()) {
            throw new InvalidRequest(field + ".quantity", FieldRule.TOO_FEW_UNITS, part.sku() + " is serialized and "
                    + from.code() + " has " + chosen.size() + " unit(s) of it in stock" + (asked.condition() == null
                    ? "" : " " + asked.condition()) + ", not " + asked.quantity() + ": name the serials or send fewer",
                    "sku", part.sku(), "location", from.code(), "available", chosen.size(), "quantity", asked.quantity());
        }
        for (String[] unit : chosen) {
            line(order, part, Condition.valueOf(unit[1]), unit[0], 1, field);
        }
    }

    /** Sets each line's received quantity: as shipped without lines, else as the lines say (a line left out: none). */
    void received(TransferOrder order, TransferOrderRequests.Receive body) {
        if (body.lines() == null) {
            order.lines.forEach(line -> line.received = line.quantity);
            return;
        }
        order.lines.forEach(line -> line.received = 0);
        Map<TransferOrder.Line, Boolean> named = new HashMap<>();
        for (int i = 0; i < body.lines().size(); i++) {
            TransferOrderRequests.Received arrived = body.lines().get(i);
            String field = "lines[" + i + "]";
            PartInfo part = catalog.part(arrived.sku());
            String serial = arrived.serial() == null || arrived.serial().isBlank() ? null : Codes.serial(arrived.serial());
            List<TransferOrder.Line> matching = order.lines.stream().filter(l -> l.partId == part.id()
                    && (arrived.condition() == null || l.condition == arrived.condition())
                    && (serial == null || serial.equals(l.serial))).toList();
            if (matching.isEmpty()) {
                throw new InvalidRequest(field + ".sku", FieldRule.NOT_SENT, order.number + " did not send " + part.sku()
                        + (arrived.condition() == null ? "" : " " + arrived.condition())
                        + (serial == null ? "" : " " + serial), "number", order.number, "sku", part.sku());
            }
            if (matching.size() > 1) {
                throw new InvalidRequest(field + ".serial", FieldRule.WHICH_LINE, part.sku()
                        + " was sent in several conditions or units: say which (condition, serial)", "sku", part.sku());
            }
            TransferOrder.Line line = matching.get(0);
            if (named.put(line, true) != null) {
                throw new InvalidRequest(field + ".sku", FieldRule.NAMED_TWICE,
                        part.sku() + " " + line.condition + " is named twice", "sku", part.sku());
            }
            if (arrived.quantity() > line.quantity) {
                throw new InvalidRequest(field + ".quantity", FieldRule.MORE_THAN_SHIPPED, line.quantity + " × " + part.sku()
                        + " " + line.condition + " were shipped; " + arrived.quantity() + " cannot have arrived",
                        "shipped", line.quantity, "sku", part.sku(), "value", arrived.quantity());
            }
            line.received = arrived.quantity();
        }
    }

    private static void line(TransferOrder order, PartInfo part, Condition condition, @Nullable String serial,
                             int quantity, String field) {
        for (TransferOrder.Line line : order.lines) {
            if (line.partId == part.id() && (serial == null ? line.condition == condition : serial.equals(line.serial))) {
                throw new InvalidRequest(field + ".sku", FieldRule.NAMED_TWICE, part.sku() + " "
                        + (serial == null ? condition : serial) + " is named twice", "sku", part.sku());
            }
        }
        TransferOrder.Line line = new TransferOrder.Line();
        line.lineNo = order.lines.size() + 1;
        line.partId = part.id();
        line.condition = condition;
        line.serial = serial;
        line.quantity = quantity;
        order.lines.add(line);
    }

    private Map<Condition, Integer> available(PartInfo part, LocationInfo from) {
        Map<Condition, Integer> available = new EnumMap<>(Condition.class);
        sql.each("SELECT item_condition, on_hand - reserved FROM stock_level WHERE part_id = ? AND location_id = ?",
                row -> available.put(Condition.valueOf(row.getString(1)), row.getInt(2)), part.id(), from.id());
        return available;
    }
}

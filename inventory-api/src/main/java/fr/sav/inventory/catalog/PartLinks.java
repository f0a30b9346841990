package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links between parts: which parts may replace a part, and what an assembly contains. */
@Singleton
class PartLinks {

    private final Sql sql;

    PartLinks(Sql sql) {
        this.sql = sql;
    }

    /** A part as shown, with its equivalents and components. */
    PartView view(Part part) {
        return PartView.of(part, equivalentsOf(part.id()).stream().map(PartInfo::sku).toList(), componentsOf(part.id()));
    }

    List<PartInfo> equivalentsOf(long partId) {
        return sql.list("SELECT p.* FROM part_equivalent e JOIN part p ON p.id = e.equivalent_id "
                + "WHERE e.part_id = ? ORDER BY p.sku", PartLinks::info, partId);
    }

    void replaceEquivalents(long partId, List<Long> equivalentIds) {
        sql.update("DELETE FROM part_equivalent WHERE part_id = ?", partId);
        for (long id : equivalentIds) {
            sql.update("INSERT INTO part_equivalent (part_id, equivalent_id) VALUES (?, ?)", partId, id);
        }
    }

    List<ComponentLine> componentsOf(long assemblyId) {
        return sql.list("SELECT p.sku, c.quantity FROM part_component c JOIN part p ON p.id = c.component_id "
                        + "WHERE c.assembly_id = ? ORDER BY p.sku",
                row -> new ComponentLine(row.getString(1), row.getInt(2)), assemblyId);
    }

    /** The ids of every part inside an assembly, at any depth. */
    List<Long> componentIdsDeep(long assemblyId) {
        List<Long> found = new ArrayList<>();
        List<Long> frontier = List.of(assemblyId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (long id : frontier) {
                for (long child : sql.list("SELECT component_id FROM part_component WHERE assembly_id = ?",
                        row -> row.getLong(1), id)) {
                    if (!found.contains(child)) {
                        found.add(child);
                        next.add(child);
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    /**
     * Waits for any other change of components to end and holds them off until this transaction ends: called
     * first, so that the cycle check reads every change committed before it (read committed).
     */
    void lockComponents() {
        sql.one("SELECT name FROM catalog_lock WHERE name = 'COMPONENTS' FOR UPDATE", row -> row.getString(1))
                .orElseThrow(() -> new IllegalStateException("catalog_lock has lost its COMPONENTS row (see V9)"));
    }

    void replaceComponents(long assemblyId, Map<Long, Integer> quantities) {
        sql.update("DELETE FROM part_component WHERE assembly_id = ?", assemblyId);
        quantities.forEach((componentId, quantity) -> sql.update(
                "INSERT INTO part_component (assembly_id, component_id, quantity) VALUES (?, ?, ?)",
                assemblyId, componentId, quantity));
    }

    /** Assemblies that contain the part directly, with how many of it each holds. */
    Map<PartInfo, Integer> assembliesContaining(long componentId) {
        Map<PartInfo, Integer> assemblies = new LinkedHashMap<>();
        sql.each("SELECT p.*, c.quantity AS contained FROM part_component c JOIN part p ON p.id = c.assembly_id "
                + "WHERE c.component_id = ? ORDER BY p.sku", row -> assemblies.put(info(row), row.getInt("contained")),
                componentId);
        return assemblies;
    }

    private static PartInfo info(ResultSet row) throws SQLException {
        return new PartInfo(row.getLong("id"), row.getString("sku"), row.getString("name"), row.getString("family"),
                row.getBoolean("serialized"), row.getBoolean("repairable"), row.getBigDecimal("standard_cost"),
                row.getBigDecimal("exchange_price"));
    }
}

package fr.sav.inventory.stories;

import java.util.List;
import java.util.Map;

/** What the manager's dashboard shows at one moment; stories compare the figures before and after. */
public record Figures(Map<String, Object> dashboard) {

    public double stockTotal() {
        return number(dashboard, "stockTotal");
    }

    public long pieces(String condition) {
        return (long) number(condition(condition), "pieces");
    }

    public double value(String condition) {
        return number(condition(condition), "value");
    }

    /** Open repair orders received this week (the first band), company or customer. */
    public long inRepairThisWeek(String owner) {
        return (long) number(list("repairPipeline").get(0), owner);
    }

    public long coresOwed() {
        return (long) number(cores(), "owed");
    }

    public long coresOverdue() {
        return (long) number(cores(), "overdue");
    }

    public double overdueCharge() {
        return number(cores(), "overdueCharge");
    }

    public long unmetThisWeek() {
        List<Map<String, Object>> weeks = list("unmetDemand");
        return (long) number(weeks.get(weeks.size() - 1), "quantity");
    }

    public long reconditionedThisWeek() {
        List<Map<String, Object>> weeks = list("reconditioning");
        return (long) number(weeks.get(weeks.size() - 1), "orders");
    }

    public double reconditioningCostThisWeek() {
        List<Map<String, Object>> weeks = list("reconditioning");
        return number(weeks.get(weeks.size() - 1), "totalCost");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cores() {
        return (Map<String, Object>) dashboard.get("cores");
    }

    private Map<String, Object> condition(String condition) {
        return list("stockValue").stream().filter(r -> condition.equals(r.get("condition"))).findFirst()
                .orElse(Map.of("pieces", 0, "value", 0));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String name) {
        return (List<Map<String, Object>>) dashboard.get(name);
    }

    private static double number(Map<String, Object> map, String field) {
        return ((Number) map.get(field)).doubleValue();
    }
}

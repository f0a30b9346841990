package fr.sav.inventory.purchasing.forecast;

import java.util.Locale;
import java.util.Map;

/** The simulator's printout: one table for all parts and one per demand class, then the baseline's cover search. */
record SimulationReport(SimulationSettings settings, int skipped, Map<String, Outcome> outcomes, CoverSearch search,
                        Map<String, LevelSearch> fixed) {

    private static final String ROW = "%-30s %6s %10s %10s %7s %7s %11s %7s%n";

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        Tally auto = outcomes.get(MethodChoice.AUTO.name()).all();
        out.append(format("Policy replay: %d parts (%d skipped: no more %ss than the warm-up), warm-up %d %ss, "
                        + "lead time %d %ss, target cycle service level %.1f %%, review %s %ss, undershoot %s, "
                        + "backorders, %s, stock without demand %d, %s.%n", auto.parts(), skipped, unit(), settings.warmUpWeeks(), unit(),
                settings.leadTimeWeeks(), unit(), settings.serviceLevel() * 100, Words.number(settings.reviewWeeks()),
                unit(),
                settings.undershoot() ? "covered" : "not covered",
                settings.bootstrap() ? "bootstrap for intermittent and lumpy parts" : "no bootstrap",
                settings.noDemandStock(), pooling()));
        table(out, "All parts", null);
        for (DemandClass demandClass : DemandClass.values()) {
            table(out, demandClass + " parts (class of the whole series)", demandClass);
        }
        out.append(System.lineSeparator());
        if (search.sameFill() == null) {
            out.append(format("The baseline does not reach AUTO's fill rate %.1f %% with any cover.%n", auto.fillRate() * 100));
        } else {
            Tally found = search.sameFill().tally();
            out.append(format("Baseline cover for AUTO's fill rate %.2f %%: %d %ss, fill rate %.2f %%, stock %.0f pieces"
                            + " = %.2f × AUTO's %.0f.%n", auto.fillRate() * 100, search.sameFill().cover(), unit(),
                    found.fillRate() * 100, found.averageStock(), found.averageStock() / auto.averageStock(),
                    auto.averageStock()));
        }
        if (search.sameStock() != null) {
            Tally found = search.sameStock().tally();
            out.append(format("Baseline at AUTO's stock of %.0f pieces: cover %d %ss, stock %.0f, fill rate %.2f %%,"
                            + " cycle service level %.2f %%.%n", auto.averageStock(), search.sameStock().cover(), unit(),
                    found.averageStock(), found.fillRate() * 100, found.cycleServiceLevel() * 100));
        }
        fixed.forEach((method, found) -> {
            if (found == null) {
                out.append(format("%s for every part does not reach AUTO's fill rate at a service level of %.2f %%.%n",
                        method, LevelSearch.HIGH * 100));
            } else {
                out.append(format("%s for every part at AUTO's fill rate: target service level %.2f %%, fill rate %.2f %%,"
                                + " cycle service level %.2f %%, stock %.0f pieces; AUTO holds %.2f × that.%n", method,
                        found.level() * 100, found.tally().fillRate() * 100, found.tally().cycleServiceLevel() * 100,
                        found.tally().averageStock(), auto.averageStock() / found.tally().averageStock()));
            }
        });
        return out.toString();
    }

    private void table(StringBuilder out, String title, DemandClass demandClass) {
        Tally first = pick(outcomes.values().iterator().next(), demandClass);
        out.append(format("%n%s: %d parts, %d pieces demanded%n", title, first.parts(), first.demand()));
        out.append(format(ROW, "method", "parts", "fill rate", "cycle SL", "cycles", "short", "avg stock", "orders"));
        for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
            Tally tally = pick(entry.getValue(), demandClass);
            out.append(format(ROW, entry.getKey(), tally.parts(), format("%.2f %%", tally.fillRate() * 100),
                    format("%.2f %%", tally.cycleServiceLevel() * 100), tally.cycles(), tally.shortCycles(),
                    format("%.0f", tally.averageStock()), tally.orders()));
        }
    }

    private String pooling() {
        return switch (settings.pooling()) {
            case NONE -> "no pooled sizes";
            case FAMILY -> "sizes pooled by family at a weight of " + Words.number(settings.poolWeight());
            case ALL -> "sizes pooled over all parts at a weight of " + Words.number(settings.poolWeight());
        };
    }

    private String unit() {
        return settings.period().word();
    }

    private static Tally pick(Outcome outcome, DemandClass demandClass) {
        return demandClass == null ? outcome.all() : outcome.of(demandClass);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}

package fr.sav.inventory.purchasing.forecast;

import java.util.Locale;
import java.util.Map;

/** The simulator's printout: one table for all parts and one per demand class, then the baseline's cover search. */
record SimulationReport(SimulationSettings settings, int skipped, Map<String, Outcome> outcomes, CoverSearch search) {

    private static final String ROW = "%-30s %6s %10s %10s %7s %7s %11s %7s%n";

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        Tally auto = outcomes.get(MethodChoice.AUTO.name()).all();
        out.append(format("Policy replay: %d parts (%d skipped: no more weeks than the warm-up), warm-up %d weeks, "
                        + "lead time %d weeks, target cycle service level %.1f %%, review %s weeks, undershoot %s, "
                        + "backorders.%n", auto.parts(), skipped, settings.warmUpWeeks(), settings.leadTimeWeeks(),
                settings.serviceLevel() * 100, Words.number(settings.reviewWeeks()),
                settings.undershoot() ? "covered" : "not covered"));
        table(out, "All parts", null);
        for (DemandClass demandClass : DemandClass.values()) {
            table(out, demandClass + " parts (class of the whole series)", demandClass);
        }
        out.append(System.lineSeparator());
        if (search.sameFill() == null) {
            out.append(format("The baseline does not reach AUTO's fill rate %.1f %% with any cover.%n", auto.fillRate() * 100));
        } else {
            Tally found = search.sameFill().tally();
            out.append(format("Baseline cover for AUTO's fill rate %.2f %%: %d weeks, fill rate %.2f %%, stock %.0f pieces"
                            + " = %.2f × AUTO's %.0f.%n", auto.fillRate() * 100, search.sameFill().cover(),
                    found.fillRate() * 100, found.averageStock(), found.averageStock() / auto.averageStock(),
                    auto.averageStock()));
        }
        if (search.sameStock() != null) {
            Tally found = search.sameStock().tally();
            out.append(format("Baseline at AUTO's stock of %.0f pieces: cover %d weeks, stock %.0f, fill rate %.2f %%,"
                            + " cycle service level %.2f %%.%n", auto.averageStock(), search.sameStock().cover(),
                    found.averageStock(), found.fillRate() * 100, found.cycleServiceLevel() * 100));
        }
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

    private static Tally pick(Outcome outcome, DemandClass demandClass) {
        return demandClass == null ? outcome.all() : outcome.of(demandClass);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}

package fr.sav.inventory.purchasing.forecast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a demand history file through the reorder policy with each forecasting method and through the
 * naive min/max baseline, and prints fill rate, cycle service level, average stock and orders, then the
 * baseline cover that reaches AUTO's fill rate and the stock it holds then.
 */
public final class PolicySimulator {

    private static final int MAX_COVER = 520;

    private PolicySimulator() {
    }

    public static void main(String[] args) {
        SimulationSettings settings;
        try {
            settings = SimulationSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulationSettings.USAGE);
            System.exit(2);
            return;
        }
        System.out.print(run(settings, DemandFile.read(settings.file())));
    }

    static String run(SimulationSettings settings, List<Series> all) {
        List<Series> series = all.stream().filter(s -> s.demand().weeks() > settings.warmUpWeeks()).toList();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (MethodChoice choice : List.of(MethodChoice.SES, MethodChoice.CROSTON, MethodChoice.SBA, MethodChoice.TSB,
                MethodChoice.AUTO)) {
            outcomes.put(choice.name(), replay(series, new PolicyRule(settings.policy(choice), settings.leadTimeWeeks()), settings));
        }
        outcomes.put("BASELINE " + settings.coverWeeks() + " wk", baseline(series, settings, settings.coverWeeks()));
        Tally auto = outcomes.get(MethodChoice.AUTO.name()).all();
        CoverSearch search = CoverSearch.run(cover -> baseline(series, settings, cover).all(), auto, MAX_COVER);
        if (search.sameFill() != null) {
            outcomes.put("BASELINE " + search.sameFill().cover() + " wk (AUTO's fill)",
                    baseline(series, settings, search.sameFill().cover()));
        }
        return new SimulationReport(settings, all.size() - series.size(), outcomes, search).toString();
    }

    private static Outcome replay(List<Series> series, StockRule rule, SimulationSettings settings) {
        return Outcome.replay(series, rule, settings.warmUpWeeks(), settings.leadTimeWeeks());
    }

    private static Outcome baseline(List<Series> series, SimulationSettings settings, int cover) {
        return replay(series, new BaselineRule(settings.leadTimeWeeks(), cover), settings);
    }
}

package fr.sav.inventory.purchasing.forecast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a demand history file through the reorder policy with each forecasting method and through the
 * naive min/max baseline, and prints fill rate, cycle service level, average stock and orders, then the
 * baseline cover that reaches AUTO's fill rate and the stock it holds then, and the target service level at which
 * each method for every part reaches AUTO's fill rate and the stock it holds then.
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
        List<Series> series = all.stream().filter(s -> s.outlasts(settings.warmUpWeeks())).toList();
        SizePools pools = settings.pools(series);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (MethodChoice choice : List.of(MethodChoice.SES, MethodChoice.CROSTON, MethodChoice.SBA, MethodChoice.TSB,
                MethodChoice.AUTO)) {
            outcomes.put(choice.name(), replay(series, new PolicyRule(settings.policy(choice), settings.leadTimeWeeks(), pools, null), settings));
        }
        outcomes.put("BASELINE " + settings.coverWeeks() + " " + unit(settings), baseline(series, settings, settings.coverWeeks()));
        Tally auto = outcomes.get(MethodChoice.AUTO.name()).all();
        CoverSearch search = CoverSearch.run(cover -> baseline(series, settings, cover).all(), auto, MAX_COVER);
        if (search.sameFill() != null) {
            outcomes.put("BASELINE " + search.sameFill().cover() + " " + unit(settings) + " (AUTO's fill)",
                    baseline(series, settings, search.sameFill().cover()));
        }
        Map<String, LevelSearch> fixed = new LinkedHashMap<>();
        for (MethodChoice choice : List.of(MethodChoice.SES, MethodChoice.CROSTON, MethodChoice.SBA, MethodChoice.TSB)) {
            fixed.put(choice.name(), LevelSearch.run(level -> replay(series,
                    new PolicyRule(settings.policy(choice, level), settings.leadTimeWeeks(), pools, null), settings).all(), auto.fillRate()));
        }
        return new SimulationReport(settings, all.size() - series.size(), outcomes, search, fixed).toString();
    }

    private static String unit(SimulationSettings settings) {
        return settings.period() == Period.WEEK ? "wk" : "mo";
    }

    private static Outcome replay(List<Series> series, StockRule rule, SimulationSettings settings) {
        return Outcome.replay(series, rule, settings.warmUpWeeks(), settings.leadTimeWeeks());
    }

    private static Outcome baseline(List<Series> series, SimulationSettings settings, int cover) {
        return replay(series, new BaselineRule(settings.leadTimeWeeks(), cover), settings);
    }
}

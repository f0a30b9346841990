package fr.sav.inventory.purchasing.forecast;

import static fr.sav.inventory.purchasing.forecast.Words.number;

/** The words a buyer reads to check a suggestion: each number that produced it, in the order it was used. */
final class Explanation {

    private Explanation() {
    }

    /** With {@code set} null the forecast's levels; a hand-set policy replaces the forecast's words, a floor follows them. */
    static String of(ReorderLevels levels, SetLevels set, PolicySettings settings, SupplyPosition supply, int needed,
                     SupplierChoice choice) {
        StringBuilder out = new StringBuilder(1200);
        if (set == null || set.from() != LevelsFrom.HAND_SET) {
            demand(out, levels.forecast(), settings.forecaster(), settings.period().word());
            leadTime(out, levels, settings);
        }
        if (set != null) {
            out.append(set.words()).append(' ');
        }
        position(out, set == null ? levels.reorderPoint() : set.reorderPoint(),
                set == null ? levels.orderUpTo() : set.orderUpTo(), supply, needed);
        order(out, needed, choice);
        return out.toString();
    }

    private static void demand(StringBuilder out, DemandForecast forecast, Forecaster forecaster, String unit) {
        DemandProfile profile = forecast.profile();
        out.append(forecast.demandClass()).append(" demand: ADI ").append(number(profile.adi()))
                .append(" (").append(profile.weeks()).append(' ').append(unit).append("s / ")
                .append(profile.demandWeeks()).append(' ').append(unit).append("s with demand), CV² ").append(number(profile.cv2())).append(" of the sizes");
        if (forecast.dyingOut()) {
            out.append("; no demand for ").append(profile.weeksSinceLastDemand()).append(' ').append(unit)
                    .append("s, more than ")
                    .append(number(forecaster.dyingOut().factor())).append(" × the mean interval ")
                    .append(number(profile.meanInterval())).append(": dying out");
        }
        Forecast result = forecast.forecast();
        out.append(". Method ").append(forecaster.describe(forecast)).append(": forecast ")
                .append(number(result.perWeek())).append(" per ").append(unit).append(", ")
                .append(result.method() == Method.PRIOR ? "spread " : "one-step RMSE ")
                .append(number(result.errorPerWeek())).append(" per ").append(unit).append(". ");
    }

    private static void leadTime(StringBuilder out, ReorderLevels levels, PolicySettings settings) {
        double perWeek = levels.forecast().perWeek();
        String unit = settings.period().word();
        out.append("Lead time ").append(levels.leadTimeDays()).append(" days = ").append(number(levels.leadTimeWeeks()))
                .append(' ').append(unit).append("s: lead-time demand ").append(number(perWeek)).append(" × ")
                .append(number(levels.leadTimeWeeks())).append(" = ").append(number(levels.leadTimeDemand()))
                .append(", error ").append(number(levels.forecast().forecast().errorPerWeek())).append(" × √")
                .append(number(levels.leadTimeWeeks())).append(" = ").append(number(levels.leadTimeError())).append(". ");
        Undershoot undershoot = levels.undershoot();
        if (settings.reviewUndershoot() && levels.forecast().dyingOut()) {
            out.append("No undershoot allowance while demand is dying out. ");
        }
        if (undershoot.mean() > 0 || undershoot.variance() > 0) {
            out.append("Checked ").append(settings.period().adjective()).append(", the position is on average ").append(number(undershoot.mean()))
                    .append(" below the reorder point when an order goes out (undershoot from past ")
                    .append(settings.period().adjective()).append(" sizes, sd ")
                    .append(number(Math.sqrt(undershoot.variance()))).append("). ");
        }
        if (levels.forecast().perWeek() == 0) {
            out.append("No demand ever: reorder point ").append(levels.reorderPoint()).append(" and order-up-to ")
                    .append(levels.orderUpTo()).append(levels.orderUpTo() > 0 ? " (the stock held for a part without demand). " : ". ");
            return;
        }
        ReorderLevels.Bootstrap bootstrap = levels.bootstrap();
        out.append("Lead-time demand").append(undershoot == Undershoot.NONE ? "" : " + undershoot").append(' ');
        if (bootstrap == null) {
            out.append(levels.model().describe(levels.coveredMean(), levels.coveredVariance(), settings.serviceLevel(),
                    levels.reorderPoint()));
        } else {
            out.append("bootstrapped as Willemain does from the ").append(bootstrap.sizes())
                    .append(" sizes seen, each jittered to 1 + int(x + Z√x)");
            if (bootstrap.poolShare() > 0) {
                out.append(", mixed with the ").append(bootstrap.pooled()).append(" sizes of its family as if ")
                        .append(number(settings.poolWeight())).append(" more had been seen (")
                        .append(number(bootstrap.poolShare() * 100, 1)).append(" % family)");
            }
            out.append(", demand in a ").append(unit)
                    .append(" with probability ")
                    .append(number(bootstrap.probability(), 4)).append(" (forecast / mean size); service level ")
                    .append(number(settings.serviceLevel() * 100, 2)).append(" % raised for ").append(bootstrap.sizes())
                    .append(" sizes to ").append(number(bootstrap.level() * 100, 2)).append(" %: quantile ")
                    .append(levels.reorderPoint() - 1).append(", so reorder point ").append(levels.reorderPoint());
        }
        out.append("; safety stock ").append(levels.reorderPoint()).append(" − ")
                .append(number(levels.leadTimeDemand())).append(" = ").append(number(levels.safetyStock()))
                .append(". Order-up-to ").append(levels.reorderPoint()).append(" + ").append(number(perWeek))
                .append(" × ").append(number(settings.reviewWeeks())).append(' ').append(unit)
                .append("s review = ")
                .append(number(levels.reorderPoint() + perWeek * settings.reviewWeeks())).append(", rounded up: ")
                .append(levels.orderUpTo()).append(". ");
    }

    private static void position(StringBuilder out, int reorderPoint, int orderUpTo, SupplyPosition supply, int needed) {
        out.append("Position ").append(supply.onHandUsable()).append(" usable − ").append(supply.reserved())
                .append(" reserved + ").append(supply.onOrder()).append(" on order + ").append(supply.inRepairExpected())
                .append(" in repair × ").append(number(supply.repairYield())).append(" yield + ")
                .append(supply.coresDue()).append(" cores due");
        if (supply.coresDue() > 0 && (supply.coreReturnRate() != 1 || supply.repairYield() != 1)) {
            out.append(" × ").append(number(supply.coreReturnRate())).append(" return rate × ")
                    .append(number(supply.repairYield())).append(" yield (").append(number(supply.coresExpected()))
                    .append(')');
        }
        out.append(" = ").append(number(supply.net())).append(", below ")
                .append(reorderPoint).append(". Needed ").append(orderUpTo).append(" − ")
                .append(number(supply.net())).append(" = ").append(number(orderUpTo - supply.net()))
                .append(", rounded up: ").append(needed).append(needed == 1 ? " piece" : " pieces");
    }

    private static void order(StringBuilder out, int needed, SupplierChoice choice) {
        if (choice == null) {
            out.append(". No supplier offer: suggested ").append(needed).append(" without supplier or price.");
            return;
        }
        SupplierOffer offer = choice.offer();
        out.append("; ").append(offer.supplier()).append(" sells from ").append(offer.minOrderQty())
                .append(" in packs of ").append(offer.packSize()).append(": suggested ").append(choice.quantity())
                .append(choice.quantity() == needed ? "" : " (" + (choice.quantity() - needed) + " above the need)")
                .append(". Supplier ").append(offer.supplier()).append(" at ").append(offer.unitPrice().toPlainString())
                .append(" per piece: ").append(choice.reason()).append('.');
    }
}

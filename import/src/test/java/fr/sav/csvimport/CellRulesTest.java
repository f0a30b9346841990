package fr.sav.csvimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each way a cell is refused names its rule and the facts a page needs to say it in another language. */
class CellRulesTest {

    private static final List<Arguments> REFUSALS = List.of(
            arguments(CellTypes.oneLine(5), "abcdef", RowRule.TOO_LONG, Map.of("max", 5)),
            arguments(CellTypes.sku(), "X".repeat(41), RowRule.TOO_LONG, Map.of("max", 40)),
            arguments(CellTypes.sku(), "LV BAD", RowRule.CODE_CHARACTERS, Map.of()),
            arguments(CellTypes.currency(), "EURO", RowRule.CURRENCY_CODE, Map.of()),
            arguments(CellTypes.decimal(BigDecimal.ZERO, 4, 6), "-1", RowRule.NOT_NEGATIVE, Map.of()),
            arguments(CellTypes.decimal(new BigDecimal("0.01"), 4, 6), "0", RowRule.AT_LEAST,
                    Map.of("min", new BigDecimal("0.01"))),
            arguments(CellTypes.decimal(BigDecimal.ZERO, 2, 6), "1,234", RowRule.TOO_MANY_DECIMALS, Map.of("max", 2)),
            arguments(CellTypes.decimal(BigDecimal.ZERO, 2, 3), "12345", RowRule.TOO_LARGE, Map.of()),
            arguments(CellTypes.decimal(BigDecimal.ZERO, 2, 6), "douze", RowRule.NOT_A_NUMBER, Map.of()),
            arguments(CellTypes.wholeNumber(0, 100), "1,5", RowRule.NOT_A_WHOLE_NUMBER, Map.of()),
            arguments(CellTypes.wholeNumber(0, 100), "-1", RowRule.NOT_NEGATIVE, Map.of()),
            arguments(CellTypes.wholeNumber(1, 100), "0", RowRule.AT_LEAST, Map.of("min", 1)),
            arguments(CellTypes.wholeNumber(1, 100), "101", RowRule.AT_MOST, Map.of("max", 100)),
            arguments(CellTypes.period(), "30/02/2025", RowRule.NOT_A_REAL_DATE, Map.of()),
            arguments(CellTypes.period(), "hier", RowRule.NOT_A_DATE, Map.of()),
            arguments(CellTypes.condition(), "cassé", RowRule.UNKNOWN_CONDITION,
                    Map.of("allowed", List.of("NEW", "REPAIRED", "RECONDITIONED", "USED", "DEFECTIVE"))),
            arguments(CellTypes.yesNo(), "peut-être", RowRule.NOT_YES_OR_NO, Map.of()));

    static Stream<Arguments> refusals() {
        return REFUSALS.stream();
    }

    @ParameterizedTest(name = "{1} → {2} {3}")
    @MethodSource("refusals")
    void aRefusedCellNamesItsRuleAndFacts(CellType<?> type, String text, RowRule rule, Map<String, Object> facts) {
        CellRejected rejected = assertThrows(CellRejected.class, () -> type.parse(text, DecimalSeparator.COMMA));

        assertEquals(rule, rejected.rule(), rejected.problem());
        assertEquals(facts, rejected.facts());
    }

    @Test
    void everyRuleOfACellIsInTheTable() {
        Set<RowRule> tried = REFUSALS.stream().map(a -> (RowRule) a.get()[2]).collect(Collectors.toSet());

        assertEquals(EnumSet.complementOf(EnumSet.of(RowRule.REQUIRED, RowRule.MISSING)), tried);
    }

    @Test
    void ruleKeysAreLowerCaseWithDashes() {
        assertEquals("too-many-decimals", RowRule.TOO_MANY_DECIMALS.key());
        assertEquals("not-yes-or-no", RowRule.NOT_YES_OR_NO.key());
    }
}

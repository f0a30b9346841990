package fr.sav.csvimport;

import java.util.Map;

/**
 * A cell value broke its field's rule; the problem reads after "<field> '<value>' ", e.g. "is not a number",
 * and the rule with its facts (name, value pairs) says the same for a page in another language.
 */
final class CellRejected extends RuntimeException {

    private final RowRule rule;
    private final Map<String, Object> facts;

    CellRejected(RowRule rule, String problem, Object... facts) {
        super(problem, null, false, false);
        this.rule = rule;
        this.facts = RowError.factsOf(facts);
    }

    String problem() {
        return getMessage();
    }

    RowRule rule() {
        return rule;
    }

    Map<String, Object> facts() {
        return facts;
    }
}

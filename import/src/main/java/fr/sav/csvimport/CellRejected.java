package fr.sav.csvimport;

/** A cell value broke its field's rule; the problem reads after "<field> '<value>' ", e.g. "is not a number". */
final class CellRejected extends RuntimeException {

    CellRejected(String problem) {
        super(problem, null, false, false);
    }

    String problem() {
        return getMessage();
    }
}

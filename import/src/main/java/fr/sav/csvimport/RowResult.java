package fr.sav.csvimport;

import java.util.List;

/** One data row of a file, by the physical line it starts on: a typed value, or every reason it was refused. */
public sealed interface RowResult<T> permits RowResult.Valid, RowResult.Rejected {

    long line();

    boolean isValid();

    /** A row whose every cell passed its rule. */
    record Valid<T>(long line, T value) implements RowResult<T> {

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /** A row with at least one error; none of its values are given, so no half row is ever applied. */
    record Rejected<T>(long line, List<RowError> errors) implements RowResult<T> {

        public Rejected {
            errors = List.copyOf(errors);
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}

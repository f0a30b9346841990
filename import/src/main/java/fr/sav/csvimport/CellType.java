package fr.sav.csvimport;

/** Turns a non-empty, trimmed cell into a typed value, or throws {@link CellRejected}. */
@FunctionalInterface
interface CellType<V> {

    V parse(String text, DecimalSeparator fileDecimals);

    /** Whether the cells are numbers, whose writing tells the file's decimal separator. */
    default boolean numeric() {
        return false;
    }
}

package fr.sav.csvimport;

/**
 * Why a row was rejected: the physical line where the record starts (the header line counts, and so do
 * lines inside quoted values), our field name, the supplier's header (null when the column is absent),
 * the offending value ("" when missing) and a message a buyer understands.
 */
public record RowError(long line, String field, String header, String value, String message) {

    @Override
    public String toString() {
        return "line " + line + (header == null ? "" : ", column '" + header + "'") + ": " + message;
    }
}

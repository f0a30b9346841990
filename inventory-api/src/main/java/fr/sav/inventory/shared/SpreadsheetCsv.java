package fr.sav.inventory.shared;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Every CSV the service writes, for people who open it in a spreadsheet. A text cell that a spreadsheet would run as
 * a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading
 * quote and shows as the text it is; the numbers the service writes stay numbers, negative or not. With
 * {@code excel}, it is what French Excel opens directly: semicolons, decimal commas, a UTF-8 byte order mark.
 */
public final class SpreadsheetCsv {

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;
    private final boolean excel;

    private SpreadsheetCsv(boolean excel, String... header) {
        this.excel = excel;
        if (excel) {
            out.write('\uFEFF');
        }
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(excel ? ';' : ',')
                    .setRecordSeparator("\r\n").setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpreadsheetCsv of(boolean excel, String... header) {
        return new SpreadsheetCsv(excel, header);
    }

    /** One line: numbers as numbers, anything else as text, null as an empty cell. */
    public SpreadsheetCsv row(@Nullable Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(this::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String text() {
        return out.toString();
    }

    /** The text as a spreadsheet shows it without running it: a leading quote before what would start a formula. */
    public static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            String digits = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            return excel ? digits.replace('.', ',') : digits;
        }
        return neutralised(value.toString());
    }
}

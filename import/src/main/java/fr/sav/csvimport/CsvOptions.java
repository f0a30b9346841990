package fr.sav.csvimport;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read a file. Every null setting is detected from the file; {@code mapping} gives, for our field
 * names, the header the supplier uses, and wins over the built-in synonyms.
 */
public record CsvOptions(Delimiter delimiter, Charset charset, DecimalSeparator decimalSeparator,
                         Map<String, String> mapping) {

    public CsvOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** Detect everything, no mapping. */
    public static CsvOptions detectAll() {
        return new CsvOptions(null, null, null, Map.of());
    }

    public CsvOptions withDelimiter(Delimiter delimiter) {
        return new CsvOptions(delimiter, charset, decimalSeparator, mapping);
    }

    public CsvOptions withCharset(Charset charset) {
        return new CsvOptions(delimiter, charset, decimalSeparator, mapping);
    }

    public CsvOptions withDecimalSeparator(DecimalSeparator decimalSeparator) {
        return new CsvOptions(delimiter, charset, decimalSeparator, mapping);
    }

    public CsvOptions withMapping(Map<String, String> mapping) {
        return new CsvOptions(delimiter, charset, decimalSeparator, mapping);
    }
}

package fr.sav.csvimport;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * How a file was read, detected or given by the options, for the import report: {@code columns} maps each
 * of our fields found to the supplier's header, {@code ignoredHeaders} lists the columns nobody reads.
 */
public record DetectedFormat(Delimiter delimiter, Charset charset, boolean byteOrderMark,
                             DecimalSeparator decimalSeparator, Map<String, String> columns,
                             List<String> ignoredHeaders) {

    public DetectedFormat {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }
}

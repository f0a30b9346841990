package fr.sav.inventory.imports;

import fr.sav.csvimport.CsvOptions;
import fr.sav.csvimport.DecimalSeparator;
import fr.sav.csvimport.Delimiter;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * CSV uploads ({@code multipart/form-data}, part {@code file}). Options are query parameters;
 * {@code mapping} (JSON {ourField: theirHeader}) may also be a form field.
 */
@Controller("/api/imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Imports")
class ImportController {

    private final Imports imports;
    private final ObjectMapper json;

    ImportController(Imports imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Post(uri = "/supplier-catalog", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"BUYER", "MANAGER"})
    ImportReport supplierCatalog(CompletedFileUpload file, @Nullable @Part("mapping") String mappingField,
                                 @Nullable @QueryValue String supplier, @Nullable @QueryValue Boolean createParts,
                                 @Nullable @QueryValue Boolean dryRun, @Nullable @QueryValue String onError,
                                 @Nullable @QueryValue String mapping, @Nullable @QueryValue String delimiter,
                                 @Nullable @QueryValue String encoding, @Nullable @QueryValue String decimalSeparator,
                                 Authentication user) {
        return run(ImportKind.SUPPLIER_CATALOG, supplier, Boolean.TRUE.equals(createParts), file, mappingField, dryRun,
                onError, mapping, delimiter, encoding, decimalSeparator, user);
    }

    @Post(uri = "/stock-count", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"STOREKEEPER", "MANAGER"})
    ImportReport stockCount(CompletedFileUpload file, @Nullable @Part("mapping") String mappingField,
                            @Nullable @QueryValue String location, @Nullable @QueryValue Boolean dryRun,
                            @Nullable @QueryValue String onError, @Nullable @QueryValue String mapping,
                            @Nullable @QueryValue String delimiter, @Nullable @QueryValue String encoding,
                            @Nullable @QueryValue String decimalSeparator, Authentication user) {
        return run(ImportKind.STOCK_COUNT, location, false, file, mappingField, dryRun, onError, mapping, delimiter,
                encoding, decimalSeparator, user);
    }

    @Post(uri = "/consumption-history", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"BUYER", "MANAGER"})
    ImportReport consumptionHistory(CompletedFileUpload file, @Nullable @Part("mapping") String mappingField,
                                    @Nullable @QueryValue Boolean dryRun, @Nullable @QueryValue String onError,
                                    @Nullable @QueryValue String mapping, @Nullable @QueryValue String delimiter,
                                    @Nullable @QueryValue String encoding, @Nullable @QueryValue String decimalSeparator,
                                    Authentication user) {
        return run(ImportKind.CONSUMPTION_HISTORY, null, false, file, mappingField, dryRun, onError, mapping, delimiter,
                encoding, decimalSeparator, user);
    }

    @Get("/{id}")
    ImportReport report(long id) {
        return imports.report(id);
    }

    @Get
    PageView<ImportReport> reports(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return imports.reports(Paging.of(page, size));
    }

    private ImportReport run(ImportKind kind, @Nullable String target, boolean createParts, CompletedFileUpload file,
                             @Nullable String mappingField, @Nullable Boolean dryRun, @Nullable String onError,
                             @Nullable String mapping, @Nullable String delimiter, @Nullable String encoding,
                             @Nullable String decimalSeparator, Authentication user) {
        ImportRequest request = new ImportRequest(kind, target, Boolean.TRUE.equals(dryRun), onError(onError),
                createParts, csv(mappingField != null ? mappingField : mapping, delimiter, encoding, decimalSeparator),
                file.getFilename(), user.getName());
        Path spooled = spool(file);
        try {
            return imports.run(request, spooled);
        } finally {
            spooled.toFile().delete();
        }
    }

    private static ImportRequest.OnError onError(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return ImportRequest.OnError.SKIP;
        }
        try {
            return ImportRequest.OnError.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("onError", FieldRule.ONE_OF, "must be skip or abort, not '" + value + "'",
                    "allowed", List.of("skip", "abort"), "value", value);
        }
    }

    private CsvOptions csv(@Nullable String mapping, @Nullable String delimiter, @Nullable String encoding,
                           @Nullable String decimalSeparator) {
        CsvOptions options = CsvOptions.detectAll();
        try {
            if (delimiter != null && !delimiter.isEmpty()) {
                options = options.withDelimiter(Delimiter.of(delimiter));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("delimiter", FieldRule.ONE_OF, e.getMessage(), "allowed", List.of(";", ",", "tab"),
                    "value", delimiter);
        }
        try {
            if (decimalSeparator != null && !decimalSeparator.isBlank()) {
                options = options.withDecimalSeparator(DecimalSeparator.of(decimalSeparator));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("decimalSeparator", FieldRule.ONE_OF, e.getMessage(), "allowed", List.of(",", "."),
                    "value", decimalSeparator);
        }
        if (encoding != null && !encoding.isBlank()) {
            try {
                options = options.withCharset(Charset.forName(encoding.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("encoding", FieldRule.UNKNOWN_ENCODING, "'" + encoding
                        + "' is not an encoding this service knows (UTF-8, windows-1252...)", "value", encoding);
            }
        }
        if (mapping != null && !mapping.isBlank()) {
            try {
                options = options.withMapping(json.readValue(mapping, Argument.mapOf(String.class, String.class)));
            } catch (IOException | RuntimeException e) {
                throw new InvalidRequest("mapping", FieldRule.MAPPING_OBJECT,
                        "must be a JSON object {\"ourField\": \"their header\"}");
            }
        }
        return options;
    }

    private static Path spool(CompletedFileUpload file) {
        try (InputStream in = file.getInputStream()) {
            Path spooled = Files.createTempFile("inventory-import-", ".csv");
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            return spooled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.sav.inventory.labels;

import fr.sav.inventory.shared.DomainException;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.stock.Condition;
import fr.sav.labelprinter.CodeDoesNotFit;
import fr.sav.labelprinter.Dpi;
import fr.sav.labelprinter.Label;
import fr.sav.labelprinter.LabelCopies;
import fr.sav.labelprinter.LabelFormat;
import fr.sav.labelprinter.LabelKind;
import fr.sav.labelprinter.LabelSize;
import fr.sav.labelprinter.Labels;
import fr.sav.labelprinter.NetworkPrinter;
import fr.sav.labelprinter.PrinterUnreachable;
import fr.sav.labelprinter.SheetLayout;
import fr.sav.labelprinter.Symbology;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders labels of the service's parts, locations, units and repair orders as PNG, PDF or ZPL, lays them
 * out on A4 sheets, and sends ZPL to the configured thermal printers over raw TCP.
 */
@Singleton
class LabelPrinting {

    private static final Labels LABELS = new Labels();
    private static final int MAX_SHEET_LABELS = 5_000;

    private final LabelSource source;
    private final List<PrinterSettings> printers;

    LabelPrinting(LabelSource source, List<PrinterSettings> printers) {
        this.source = source;
        this.printers = printers;
    }

    /** One label in the format asked for; the media type goes with it. */
    public Rendered render(LabelKind kind, String key, @Nullable String format, @Nullable String size,
                           @Nullable Integer dpi, @Nullable Condition condition, @Nullable String bin,
                           @Nullable String symbology) {
        LabelFormat chosen = parse("format", FieldRule.ONE_OF, () -> LabelFormat.parse(format == null ? "png" : format),
                "allowed", List.of("png", "pdf", "zpl"), "value", format);
        Label label = source.label(kind, key, condition, bin, symbology(symbology));
        byte[] bytes = fitting(() -> LABELS.render(label, chosen, size(size), dpi(dpi)));
        String name = kind.name().toLowerCase(Locale.ROOT) + "-" + key.replaceAll("[^A-Za-z0-9._-]", "_");
        return new Rendered(bytes, chosen.mediaType(), name + "." + chosen.extension());
    }

    public byte[] sheet(LabelRequests.Sheet request) {
        SheetLayout layout = parse("layout", FieldRule.SHEET_LAYOUT, () -> layout(request.layout()));
        List<LabelCopies> labels = copies(request.labels());
        return fitting(() -> LABELS.sheet(labels, layout));
    }

    /** The configured printers, by name, so that nobody has to remember or type one. */
    public List<LabelRequests.Printer> printers() {
        return printers.stream().sorted(Comparator.comparing(PrinterSettings::name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new LabelRequests.Printer(p.name(), p.host(), p.port(), p.size(), p.dpi())).toList();
    }

    public LabelRequests.Printed print(LabelRequests.Print request) {
        PrinterSettings printer = printers.stream().filter(p -> p.name().equalsIgnoreCase(request.printer().trim()))
                .findFirst().orElseThrow(() -> new NotFound("printer", request.printer()));
        List<LabelCopies> labels = copies(request.labels());
        LabelSize size = parse("size", FieldRule.LABEL_SIZE,
                () -> LabelSize.parse(printer.size()), "value", printer.size());
        String zpl = fitting(() -> LABELS.zpl(labels, size, new Dpi(printer.dpi())));
        byte[] job = zpl.getBytes(StandardCharsets.UTF_8);
        try {
            NetworkPrinter.at(printer.host(), printer.port())
                    .withTimeouts(Duration.ofMillis(printer.connectTimeoutMillis()), Duration.ofMillis(printer.writeTimeoutMillis()))
                    .withoutAwaitingClose()
                    .send(job);
        } catch (PrinterUnreachable e) {
            throw new PrinterDown(printer, e);
        }
        return new LabelRequests.Printed(printer.name(), labels.stream().mapToInt(LabelCopies::copies).sum(), job.length);
    }

    /** What a label request answers: the bytes, their media type and a file name. */
    public record Rendered(byte[] bytes, String mediaType, String fileName) {
    }

    private List<LabelCopies> copies(List<LabelRequests.Item> items) {
        int total = items.stream().mapToInt(LabelRequests.Item::copiesOrOne).sum();
        if (total > MAX_SHEET_LABELS) {
            throw new InvalidRequest("labels", FieldRule.TOO_MANY_LABELS, "at most " + MAX_SHEET_LABELS
                    + " labels a request; " + total + " asked", "max", MAX_SHEET_LABELS, "asked", total);
        }
        List<LabelCopies> labels = new ArrayList<>();
        for (LabelRequests.Item item : items) {
            labels.add(new LabelCopies(source.label(item.kind(), item.key(), null, null, symbology(item.symbology())), item.copiesOrOne()));
        }
        return labels;
    }

    private static SheetLayout layout(@Nullable LabelRequests.Layout layout) {
        if (layout == null || layout.preset() != null && layout.labelWidthMm() == null) {
            String preset = layout == null ? "A4_3X8_70X37" : layout.preset().trim().toUpperCase(Locale.ROOT);
            return switch (preset) {
                case "A4_3X8_70X37" -> SheetLayout.A4_3X8_70X37;
                case "A4_2X7_99X38" -> SheetLayout.A4_2X7_99X38;
                case "A4_3X7_63X38" -> SheetLayout.A4_3X7_63X38;
                case "A4_4X10_52X29" -> SheetLayout.A4_4X10_52X29;
                default -> throw new IllegalArgumentException("unknown preset '" + layout.preset()
                        + "': A4_3X8_70X37, A4_2X7_99X38, A4_3X7_63X38 or A4_4X10_52X29");
            };
        }
        if (layout.labelWidthMm() == null || layout.labelHeightMm() == null || layout.columns() == null
                || layout.rows() == null) {
            throw new IllegalArgumentException("a custom layout needs labelWidthMm, labelHeightMm, columns and rows");
        }
        return SheetLayout.a4(new LabelSize(layout.labelWidthMm(), layout.labelHeightMm()), layout.columns(),
                layout.rows(), orZero(layout.marginLeftMm()), orZero(layout.marginTopMm()), orZero(layout.gapXMm()),
                orZero(layout.gapYMm()));
    }

    private static Symbology symbology(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "code128", "c128" -> Symbology.CODE_128;
            case "qr", "qrcode" -> Symbology.QR_CODE;
            case "datamatrix", "dm" -> Symbology.DATA_MATRIX;
            default -> throw new InvalidRequest("symbology", FieldRule.ONE_OF,
                    "must be code128, qr or datamatrix, not '" + name + "'",
                    "allowed", List.of("code128", "qr", "datamatrix"), "value", name);
        };
    }

    private static LabelSize size(@Nullable String size) {
        return parse("size", FieldRule.LABEL_SIZE, () -> size == null || size.isBlank() ? LabelSize.MM_50X30
                : LabelSize.parse(size), "value", size);
    }

    private static Dpi dpi(@Nullable Integer dpi) {
        return parse("dpi", FieldRule.BETWEEN,
                () -> dpi == null ? Dpi.ZEBRA_203 : new Dpi(dpi), "min", Dpi.MIN, "max", Dpi.MAX);
    }

    private static double orZero(@Nullable Double value) {
        return value == null ? 0 : value;
    }

    /** The value read, or an {@link InvalidRequest} naming the field, the rule and its facts (name, value pairs). */
    private static <T> T parse(String field, FieldRule rule, java.util.function.Supplier<T> value, Object... facts) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, rule, e.getMessage(), facts);
        }
    }

    private static <T> T fitting(java.util.function.Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (CodeDoesNotFit e) {
            throw new DoesNotFit(e);
        }
    }

    /** The code cannot be printed readably on a label that small: choose a bigger size or a higher dpi. */
    static final class DoesNotFit extends DomainException {
        DoesNotFit(CodeDoesNotFit cause) {
            super("code-does-not-fit", "The code does not fit the label", HttpStatus.BAD_REQUEST, cause.getMessage());
        }
    }

    /** The printer did not answer: nothing was printed. */
    static final class PrinterDown extends DomainException {
        PrinterDown(PrinterSettings printer, PrinterUnreachable cause) {
            super("printer-unreachable", "The printer does not answer", HttpStatus.BAD_GATEWAY, "Printer '"
                    + printer.name() + "' at " + printer.host() + ":" + printer.port() + " did not take the job: "
                    + cause.getMessage() + ". Nothing was printed.", Map.of("printer", printer.name()));
        }
    }
}

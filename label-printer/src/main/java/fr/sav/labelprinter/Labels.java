package fr.sav.labelprinter;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The labels feature: renders part, location, unit and repair order labels as PNG, PDF (one label or A4 sheets)
 * and ZPL II. Stateless and thread-safe; a part or location code too long for Code 128 on the label is printed as a
 * Data Matrix, and every method throws {@link CodeDoesNotFit} only when the code cannot be printed scannably on
 * the label size in any symbology it may take.
 */
public final class Labels {

    /** The bytes of a label in a format; sheets are not formats, see {@link #sheet}. */
    public byte[] render(Label label, LabelFormat format, LabelSize size, Dpi dpi) {
        return switch (format) {
            case PNG -> png(label, size, dpi);
            case PDF -> pdf(label, size, dpi);
            case ZPL -> zpl(label, size, dpi, 1).getBytes(StandardCharsets.US_ASCII);
        };
    }

    /** The label as a black-and-white image, one pixel per printer dot. */
    public BufferedImage image(Label label, LabelSize size, Dpi dpi) {
        return Raster.draw(LabelLayout.of(label, size, dpi));
    }

    public byte[] png(Label label, LabelSize size, Dpi dpi) {
        return PngEncoder.encode(image(label, size, dpi), dpi);
    }

    /** A one-page PDF of the label's size, modules laid out on the dpi's grid. */
    public byte[] pdf(Label label, LabelSize size, Dpi dpi) {
        return PdfDocuments.single(LabelLayout.of(label, size, dpi), size);
    }

    /** A PDF of as many sheets as the labels and their copies need, laid out for a 600 dpi office printer. */
    public byte[] sheet(List<LabelCopies> labels, SheetLayout sheet) {
        return sheet(labels, sheet, Dpi.OFFICE_600);
    }

    public byte[] sheet(List<LabelCopies> labels, SheetLayout sheet, Dpi dpi) {
        requireSome(labels);
        return PdfDocuments.sheets(labels, sheet, dpi);
    }

    /** A pick list on A4 pages, each line with its location's and its part's barcode. */
    public byte[] pickList(PickList list) {
        return PickListDocument.pdf(list);
    }

    /** ZPL II for one label printed copies times; pure ASCII, since all other bytes are hex-escaped. */
    public String zpl(Label label, LabelSize size, Dpi dpi, int copies) {
        return zpl(List.of(new LabelCopies(label, copies)), size, dpi);
    }

    /** One ZPL job holding every label, each with its ^PQ copies. */
    public String zpl(List<LabelCopies> labels, LabelSize size, Dpi dpi) {
        requireSome(labels);
        StringBuilder out = new StringBuilder(512 * labels.size());
        for (LabelCopies item : labels) {
            Label label = item.label();
            Layout layout = LabelLayout.place(label, size, dpi, Symbol::sizedForZpl, ZplWriter.MAX_MODULE_DOTS);
            ZplWriter.append(out, layout, item.copies());
        }
        return out.toString();
    }

    private static void requireSome(List<LabelCopies> labels) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("at least one label is needed");
        }
    }
}

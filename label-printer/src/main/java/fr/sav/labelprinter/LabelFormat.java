package fr.sav.labelprinter;

import java.util.Locale;

/** An output format of a single label, with its media type and file extension. */
public enum LabelFormat {

    /** A 1-bit PNG, one pixel per printer dot. */
    PNG("image/png", "png"),
    /** A one-page PDF of the label's size. */
    PDF("application/pdf", "pdf"),
    /** ZPL II for Zebra-compatible thermal printers. */
    ZPL("application/zpl", "zpl");

    private final String mediaType;
    private final String extension;

    LabelFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Reads "png", "pdf" or "zpl", in any case. */
    public static LabelFormat parse(String name) {
        for (LabelFormat format : values()) {
            if (format.extension.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("label format must be png, pdf or zpl; got '" + name + "'");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}

package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;

import java.util.Locale;

/** Refuses, from their first bytes, files that are not CSV text, and says what they are. */
final class FileSniffer {

    private static final String EXPORT_AS_CSV = " Open it in its program, save or export it as CSV "
            + "(values separated by ';', ',' or tabs) and upload that file.";

    private FileSniffer() {
    }

    static void checkBytes(byte[] bytes, boolean utf16) {
        if (bytes.length == 0) {
            throw new UnreadableFile(Reason.EMPTY, "The file is empty.");
        }
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            throw new UnreadableFile(Reason.PDF, "The file is a PDF document, not a CSV file." + EXPORT_AS_CSV);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)
                || startsWith(bytes, 0x1F, 0x8B)) {
            throw new UnreadableFile(Reason.ZIP_OR_XLSX, "The file is an Excel workbook (.xlsx) or another "
                    + "compressed archive, not a CSV file." + EXPORT_AS_CSV);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnreadableFile(Reason.OLD_EXCEL, "The file is an old Excel workbook (.xls) or another "
                    + "Office document, not a CSV file." + EXPORT_AS_CSV);
        }
        if (!utf16 && indexOf(bytes, (byte) 0) >= 0) {
            throw binary();
        }
    }

    static void checkText(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            throw new UnreadableFile(Reason.EMPTY, "The file holds no data: it is empty or has only blank lines.");
        }
        if (start.startsWith("<?xml") || start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<table")) {
            throw new UnreadableFile(Reason.MARKUP, "The file is a web page or an XML document "
                    + "(some programs name these .xls), not a CSV file." + EXPORT_AS_CSV);
        }
        long controls = text.chars().filter(FileSniffer::isControl).count();
        if (controls > Math.max(8, text.length() / 100)) {
            throw binary();
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
    }

    private static UnreadableFile binary() {
        return new UnreadableFile(Reason.BINARY, "The file holds binary data, not text: it is not a CSV file."
                + EXPORT_AS_CSV);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}

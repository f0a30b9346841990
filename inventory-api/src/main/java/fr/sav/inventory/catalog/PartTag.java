package fr.sav.inventory.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A part's entity tag: a strong ETag derived from everything its view shows (a record's text names every
 * field and value), so that any change to the part gives another tag.
 */
final class PartTag {

    private PartTag() {
    }

    static String of(PartView part) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(part.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-Match} header (one tag, a list, or {@code *}) names the part as it is. */
    static boolean matches(String ifMatch, PartView part) {
        String current = of(part);
        return Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}

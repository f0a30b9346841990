package fr.sav.inventory.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys people scan and type: SKUs, location codes and serial numbers are upper case, start with a
 * letter or digit and hold only letters, digits, '.', '-' and '_' (so that labels stay short and QR codes
 * stay in alphanumeric mode), and are matched whatever case the scanner typed.
 */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Codes() {
    }

    /** The normalised key, or an {@link InvalidRequest} naming the field. */
    public static String normalize(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field, FieldRule.REQUIRED, "is required");
        }
        String key = value.trim().toUpperCase(Locale.ROOT);
        if (key.length() > maxLength) {
            throw new InvalidRequest(field, FieldRule.TOO_LONG,
                    "must be at most " + maxLength + " characters", "max", maxLength);
        }
        if (!VALID.matcher(key).matches()) {
            throw new InvalidRequest(field, FieldRule.CODE_CHARACTERS, "'" + value + "' may hold only letters, digits, "
                    + "'.', '-' and '_' and must start with a letter or a digit", "value", value);
        }
        return key;
    }

    public static String sku(String value) {
        return normalize("sku", value, 40);
    }

    public static String location(String field, String value) {
        return normalize(field, value, 32);
    }

    public static String serial(String value) {
        return normalize("serial", value, 40);
    }
}

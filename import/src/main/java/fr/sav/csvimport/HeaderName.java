package fr.sav.csvimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Header text reduced to lower-case letters and digits without accents, so that "Réf. fournisseur",
 * "REF_FOURNISSEUR" and "ref fournisseur" compare equal; {@link #variants} also drops a trailing unit.
 */
final class HeaderName {

    private static final List<String> UNIT_SUFFIXES = List.of("eur", "euros", "euro", "ht", "enjours", "jours",
            "days", "j", "pcs", "pieces", "unites", "units");

    private HeaderName() {
    }

    static String normalize(String header) {
        String decomposed = Normalizer.normalize(header.replace("œ", "oe").replace("Œ", "OE")
                .replace("æ", "ae").replace("Æ", "AE"), Normalizer.Form.NFD);
        StringBuilder name = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                name.append(c);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /** The normalized name, then the name without one trailing unit ("prixhteur" gives "prixht" and "prix"). */
    static List<String> variants(String header) {
        String name = normalize(header);
        List<String> variants = new java.util.ArrayList<>(List.of(name));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : UNIT_SUFFIXES) {
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    name = name.substring(0, name.length() - suffix.length());
                    variants.add(name);
                    stripped = true;
                    break;
                }
            }
        }
        return variants;
    }
}

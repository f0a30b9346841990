package fr.sav.labelprinter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

final class Lines {

    private Lines() {
    }

    static List<String> of(String... lines) {
        List<String> present = new ArrayList<>();
        for (String line : lines) {
            if (present(line)) {
                present.add(line.strip());
            }
        }
        return List.copyOf(present);
    }

    static String joined(String... parts) {
        return Arrays.stream(parts).filter(Lines::present).map(String::strip).collect(Collectors.joining(" · "));
    }

    static String required(String value, String what) {
        if (!present(value)) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    private static boolean present(String text) {
        return Objects.nonNull(text) && !text.isBlank();
    }
}

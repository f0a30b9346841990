package fr.sav.labelprinter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A reader of the ZPL the module writes: commands, and fields as the printer sees them after ^FH. */
final class Zpl {

    record Command(String name, String parameters) {
    }

    /** A field: the command that formats it (^BC, ^BQ, ^BX, ^A0) and its data, hex escapes undone. */
    record Field(Command format, String data) {
    }

    private Zpl() {
    }

    static List<Command> commands(String zpl) {
        List<Command> commands = new ArrayList<>();
        int i = 0;
        while (i < zpl.length()) {
            char c = zpl.charAt(i);
            if (c != '^' && c != '~') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < zpl.length() && zpl.charAt(end) != '^' && zpl.charAt(end) != '~') {
                end++;
            }
            String body = zpl.substring(i, end).strip();
            commands.add(new Command(body.substring(0, Math.min(3, body.length())),
                    body.length() > 3 ? body.substring(3) : ""));
            i = end;
        }
        return commands;
    }

    static List<Field> fields(String zpl) {
        List<Field> fields = new ArrayList<>();
        Command format = null;
        for (Command command : commands(zpl)) {
            if (command.name().startsWith("^B") && !command.name().equals("^BY") || command.name().startsWith("^A")) {
                format = command;
            }
            if (command.name().equals("^FD")) {
                fields.add(new Field(format, unhex(command.parameters())));
            }
        }
        return fields;
    }

    static long count(String zpl, String name) {
        return commands(zpl).stream().filter(command -> command.name().equals(name)).count();
    }

    static String unhex(String data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) == '_') {
                bytes.write(Integer.parseInt(data.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(data.charAt(i));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What the printer encodes from a barcode field: ^BC N-mode invocations, "MA," of ^BQ, ^BX escapes. */
    static String barcodeText(Field field) {
        String[] parameters = field.format().parameters().split(",", -1);
        return switch (field.format().name()) {
            case "^BC" -> parameters[5].equals("N") ? field.data().substring(2).replace(">0", ">") : field.data();
            case "^BQ" -> field.data().substring(3);
            case "^BX" -> field.data().replace(parameters[6] + "d096", parameters[6]);
            default -> throw new AssertionError("not a barcode field: " + field);
        };
    }
}

package fr.sav.inventory.security;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** The change would leave no enabled manager: another account must get the MANAGER role first. */
final class LastManager extends Conflict {

    LastManager(String username) {
        super("last-manager", "Last manager", "'" + username
                + "' is the last enabled manager: give another account the MANAGER role first", Map.of("user", username));
    }
}

package fr.sav.inventory.security;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** A manager cannot disable their own account nor take away their own MANAGER role. */
final class OwnAccount extends Conflict {

    OwnAccount(String username) {
        super("own-account", "Own account",
                "A manager cannot disable their own account nor take away their own MANAGER role", Map.of("user", username));
    }
}

package fr.sav.inventory.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theLastEnabledManagerCannotBeDisabledNorLoseTheRole() {
        Account boss = account(1, true, Role.MANAGER);
        Account storekeeper = account(2, true, Role.STOREKEEPER);
        Account formerBoss = account(3, false, Role.MANAGER);
        List<Account> all = List.of(boss, storekeeper, formerBoss);

        assertTrue(Account.takesTheLastManager(all, boss, boss.changed(null, null, false, NOW)));
        assertTrue(Account.takesTheLastManager(all, boss, boss.changed(null, EnumSet.of(Role.BUYER), null, NOW)));
        assertFalse(Account.takesTheLastManager(all, boss, boss.changed("a-new-password", null, null, NOW)));
        assertFalse(Account.takesTheLastManager(all, storekeeper, storekeeper.changed(null, null, false, NOW)));
    }

    @Test
    void anotherEnabledManagerLetsOneGo() {
        Account boss = account(1, true, Role.MANAGER);
        Account deputy = account(2, true, Role.MANAGER, Role.BUYER);

        assertFalse(Account.takesTheLastManager(List.of(boss, deputy), boss, boss.changed(null, null, false, NOW)));
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndMovesTheSessionsStart() {
        Account before = account(1, true, Role.STOREKEEPER);
        Instant later = NOW.plusSeconds(60);

        Account after = before.changed(null, null, false, later);

        assertFalse(after.enabled());
        assertTrue(after.passwordHash().equals(before.passwordHash()) && after.roles().equals(before.roles()));
        assertTrue(after.sessionsValidFrom().equals(later) && after.createdAt().equals(NOW));
    }

    private static Account account(long id, boolean enabled, Role... roles) {
        Account created = Account.create("user" + id, "a-password-for-tests", EnumSet.of(roles[0], roles), null, NOW);
        return new Account(id, created.username(), created.passwordHash(), created.roles(), enabled, NOW, NOW, null, null);
    }
}

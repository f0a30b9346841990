package fr.sav.inventory.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's account: username, password hash and granted roles. Bearer tokens issued before
 * {@code sessionsValidFrom} (moved by every change) no longer open a session.
 */
@MappedEntity("app_user")
record Account(@Id @GeneratedValue @Nullable Long id,
               String username,
               String passwordHash,
               String roles,
               boolean enabled,
               Instant createdAt,
               Instant sessionsValidFrom) {

    static Account create(String username, String password, Set<Role> roles, Instant now) {
        return new Account(null, username, PasswordHasher.hash(password), join(roles), true, now, now);
    }

    /** The account after a manager's change; what is null stays as it was. Earlier sessions end. */
    Account changed(@Nullable String password, @Nullable Set<Role> newRoles, @Nullable Boolean nowEnabled, Instant now) {
        return new Account(id, username, password == null ? passwordHash : PasswordHasher.hash(password),
                newRoles == null ? roles : join(newRoles), nowEnabled == null ? enabled : nowEnabled, createdAt, now);
    }

    boolean isEnabledManager() {
        return enabled && grantedRoles().contains(Role.MANAGER);
    }

    /** Whether changing {@code before} into {@code after} would leave no enabled manager among the accounts. */
    static boolean takesTheLastManager(List<Account> all, Account before, Account after) {
        return before.isEnabledManager() && !after.isEnabledManager()
                && all.stream().filter(account -> !account.id().equals(before.id())).noneMatch(Account::isEnabledManager);
    }

    Set<Role> grantedRoles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}

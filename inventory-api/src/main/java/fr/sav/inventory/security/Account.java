package fr.sav.inventory.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's account: username, password hash, granted roles, and the home location whose stock is theirs (a
 * technician's van). Bearer tokens issued before
 * {@code sessionsValidFrom} (moved by every change) no longer open a session.
 */
@MappedEntity("app_user")
record Account(@Id @GeneratedValue @Nullable Long id,
               String username,
               String passwordHash,
               String roles,
               boolean enabled,
               Instant createdAt,
               Instant sessionsValidFrom,
               @Nullable String email,
               @Nullable String location) {

    /** What a username may be once written the one way it is stored: {@link #canonical}. */
    private static final Pattern CANONICAL = Pattern.compile("[a-z0-9._-]{2,64}");

    static Account create(String username, String password, Set<Role> roles, @Nullable String email, Instant now) {
        return new Account(null, canonical(username), PasswordHasher.hash(password), join(roles), true, now, now,
                blankless(email), null);
    }

    /**
     * A username as it is stored, carried by tokens and recorded in the ledger, however it was typed: {@code ALICE}
     * and {@code Alice} are the account {@code alice}, with one set of sessions.
     */
    static String canonical(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** Whether a name, made canonical, can be an account's at all (anything else is not looked up). */
    static boolean possible(String canonicalName) {
        return CANONICAL.matcher(canonicalName).matches();
    }

    /** The account after a manager's change; what is null stays as it was. Earlier sessions end. */
    Account changed(@Nullable String password, @Nullable Set<Role> newRoles, @Nullable Boolean nowEnabled, Instant now) {
        return new Account(id, username, password == null ? passwordHash : PasswordHasher.hash(password),
                newRoles == null ? roles : join(newRoles), nowEnabled == null ? enabled : nowEnabled, createdAt, now,
                email, location);
    }

    /** The account with another e-mail address (blank: none); its sessions go on, nothing they carry changed. */
    Account withEmail(String address) {
        return new Account(id, username, passwordHash, roles, enabled, createdAt, sessionsValidFrom, blankless(address),
                location);
    }

    /** The account at home in another location (a location code, or null for none); nothing its sessions carry changed. */
    Account at(@Nullable String home) {
        return new Account(id, username, passwordHash, roles, enabled, createdAt, sessionsValidFrom, email, home);
    }

    private static String blankless(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.trim();
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

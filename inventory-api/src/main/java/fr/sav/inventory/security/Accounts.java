package fr.sav.inventory.security;

import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts' one door: a manager creates and changes them (a new password, other roles, disabled or enabled
 * again), everyone sees their own and changes its password, and the notifier asks who to tell. A change ends the account's earlier sessions
 * ({@link AccountSessions}). A manager cannot lock themselves out, and the last enabled manager stays one.
 */
@Singleton
public class Accounts {

    private final AccountStore store;
    private final Catalog catalog;
    private final AccountSessions sessions;
    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    Accounts(AccountStore store, Catalog catalog, AccountSessions sessions, Sql sql, Transactions transactions,
             Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.sessions = sessions;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    Account create(String username, String password, Set<Role> roles, @Nullable String email,
                   @Nullable String location) {
        String home = checkedHome(location);
        Account saved = transactions.write(() -> {
            if (store.findByUsername(username).isPresent()) {
                throw Conflict.duplicate("user", username);
            }
            return store.save(Account.create(username, password, EnumSet.copyOf(roles), email, clock.instant()).at(home));
        });
        sessions.changed(saved);
        return saved;
    }

    /** A manager's change to an account; what is null stays as it is. */
    Account change(String username, @Nullable String password, @Nullable Set<Role> roles, @Nullable Boolean enabled,
                   @Nullable String email, @Nullable String location, String manager) {
        if (password == null && roles == null && enabled == null && email == null && location == null) {
            throw new InvalidRequest("body", FieldRule.NOTHING_TO_CHANGE,
                    "say what to change: password, roles, enabled, email or location");
        }
        String home = checkedHome(location);
        if (username.equalsIgnoreCase(manager) && (Boolean.FALSE.equals(enabled)
                || roles != null && !roles.contains(Role.MANAGER))) {
            throw new OwnAccount(manager);
        }
        Account saved = transactions.write(() -> {
            // One account change at a time, so that two managers disabling each other cannot both succeed.
            sql.list("SELECT id FROM app_user FOR UPDATE", row -> row.getLong(1));
            List<Account> all = store.findAll();
            Account before = all.stream().filter(account -> account.username().equalsIgnoreCase(username)).findFirst()
                    .orElseThrow(() -> new NotFound("user", username));
            Account after = password == null && roles == null && enabled == null
                    ? before : before.changed(password, roles, enabled, clock.instant());
            if (email != null) {
                after = after.withEmail(email);
            }
            if (location != null) {
                after = after.at(home);
            }
            if (Account.takesTheLastManager(all, before, after)) {
                throw new LastManager(before.username());
            }
            return store.update(after);
        });
        sessions.changed(saved);
        return saved;
    }

    List<Account> list() {
        return transactions.read(store::listOrderByUsername);
    }

    Account own(String username) {
        return transactions.read(() -> find(username));
    }

    /** Changes one's own password, given the current one; every session of the account ends, this one included. */
    void changePassword(String username, String current, String replacement) {
        Account saved = transactions.write(() -> {
            Account account = find(username);
            if (!PasswordHasher.matches(current, account.passwordHash())) {
                throw new InvalidRequest("currentPassword", FieldRule.WRONG_PASSWORD, "is not this account's password");
            }
            return store.update(account.changed(replacement, null, null, clock.instant()));
        });
        sessions.changed(saved);
    }

    /** The enabled accounts holding one of the roles, by username: who is told of something; joins the caller's transaction. */
    public List<Recipient> holding(Set<Role> roles) {
        return store.listOrderByUsername().stream()
                .filter(account -> account.enabled()
                        && !Collections.disjoint(Role.effective(account.grantedRoles()), roles))
                .map(account -> new Recipient(account.username(), account.email()))
                .toList();
    }

    /** The e-mail address of an enabled account, if it has one. */
    public Optional<String> address(String username) {
        return store.findByUsername(username).filter(Account::enabled).map(Account::email);
    }

    /** An account to tell, with its e-mail address if it has one. */
    public record Recipient(String username, @Nullable String email) {
    }

    /** The account's home location code (a technician's van), if it has one. */
    public Optional<String> home(String username) {
        return transactions.read(() -> store.findByUsername(Account.canonical(username))).map(Account::location);
    }

    /** A home location as asked: blank is none, anything else must be a known location (its code as stored). */
    @Nullable
    private String checkedHome(@Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        return catalog.findLocation(asked).orElseThrow(() -> new InvalidRequest("location",
                FieldRule.UNKNOWN_LOCATION, "no location '" + asked.trim() + "'", "location", asked.trim())).code();
    }

    private Account find(String username) {
        return store.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
    }
}

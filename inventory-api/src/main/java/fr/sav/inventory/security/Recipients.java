package fr.sav.inventory.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who is told of something: the enabled accounts that act on it (a manager acts on everything), and their address. */
@Singleton
public class Recipients {

    private final AccountStore accounts;

    Recipients(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts holding one of the roles, by username; joins the caller's transaction. */
    public List<Recipient> holding(Set<Role> roles) {
        return accounts.listOrderByUsername().stream()
                .filter(account -> account.enabled()
                        && !Collections.disjoint(Role.effective(account.grantedRoles()), roles))
                .map(account -> new Recipient(account.username(), account.email()))
                .toList();
    }

    /** The e-mail address of an enabled account, if it has one. */
    public Optional<String> address(String username) {
        return accounts.findByUsername(username).filter(Account::enabled).map(Account::email);
    }

    /** An account to tell, with its e-mail address if it has one. */
    public record Recipient(String username, @Nullable String email) {
    }
}

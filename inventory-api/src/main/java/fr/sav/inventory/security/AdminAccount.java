package fr.sav.inventory.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

/**
 * On first start with no account, creates {@code admin} (MANAGER) with the password from
 * {@code INVENTORY_ADMIN_PASSWORD}, or a random one printed once in the log.
 */
@Singleton
class AdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountStore accounts;
    private final Clock clock;
    private final String configuredPassword;

    AdminAccount(AccountStore accounts, Clock clock,
                 @Nullable @Value("${inventory.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        boolean random = configuredPassword == null || configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        try {
            accounts.save(Account.create("admin", password, EnumSet.of(Role.MANAGER), null, clock.instant()));
        } catch (RuntimeException e) {
            LOG.info("Another instance created the first account at the same time: {}", e.getMessage());
            return;
        }
        if (random) {
            LOG.warn("First start: created account 'admin' (MANAGER) with password {} (shown once; "
                    + "set INVENTORY_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("First start: created account 'admin' (MANAGER) with the password from INVENTORY_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package fr.sav.inventory.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

/**
 * The secret that signs bearer tokens (HS256), and the only key they are checked with: a token that is unsigned,
 * signed with another key or another algorithm is refused. Every service instance must use the same secret, so it
 * comes from {@code INVENTORY_JWT_SECRET}, or else from the database, where the first instance to start stores a
 * random one.
 * <p>
 * The bean is declared as the interface on purpose: declared as {@link SecretSignature}, it would take that class's
 * {@code @EachBean(SecretSignatureConfiguration)} and exist only once per configured secret, that is never, and the
 * service would then issue and accept unsigned tokens.
 */
@Factory
class TokenSigning {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(@Nullable @Value("${inventory.jwt-secret:}") String configured,
                              SharedSecrets secrets) {
        String secret = configured == null || configured.isBlank() ? secrets.tokenSecret() : configured;
        if (secret.length() < 32) {
            throw new IllegalStateException("INVENTORY_JWT_SECRET must be at least 32 characters long");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }

    @Singleton
    static class SharedSecrets {

        private final JdbcOperations jdbc;
        private final Clock clock;

        SharedSecrets(JdbcOperations jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Transactional
        String tokenSecret() {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String candidate = Base64.getEncoder().encodeToString(random);
            jdbc.prepareStatement("INSERT IGNORE INTO app_secret (name, secret, created_at) VALUES ('jwt', ?, ?)",
                    statement -> {
                        statement.setString(1, candidate);
                        statement.setTimestamp(2, Timestamp.from(clock.instant()));
                        return statement.executeUpdate();
                    });
            return jdbc.prepareStatement("SELECT secret FROM app_secret WHERE name = 'jwt'", statement -> {
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            });
        }
    }
}

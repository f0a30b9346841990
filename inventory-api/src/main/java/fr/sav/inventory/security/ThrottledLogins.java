package fr.sav.inventory.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/** {@code POST /api/login} refused because its username or address must wait: 429 ({@link TooManyAttempts}). */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class ThrottledLogins extends AccessRefreshTokenLoginHandler {

    ThrottledLogins(AccessRefreshTokenGenerator tokens) {
        super(tokens);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        return TooManyAttempts.marked(request).<MutableHttpResponse<?>>map(TooManyAttempts::answer)
                .orElseGet(() -> super.loginFailed(failure, request));
    }
}

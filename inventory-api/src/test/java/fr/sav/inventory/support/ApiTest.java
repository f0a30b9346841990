package fr.sav.inventory.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** An integration test against the running service and real MariaDB. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    @Inject
    protected EmbeddedServer server;

    protected Api admin;
    protected Fixtures given;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @BeforeAll
    void connect() {
        admin = Api.at(server.getURI()).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        given = new Fixtures(admin);
    }

    /** A client logged in with a new account holding these roles. */
    protected Api userWith(String... roles) {
        String username = given.user(roles);
        return Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
    }
}

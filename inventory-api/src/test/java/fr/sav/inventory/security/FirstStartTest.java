package fr.sav.inventory.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** On first start with no account, admin (MANAGER) gets a random password printed once in the log. */
class FirstStartTest {

    @Test
    void anEmptyDatabaseGetsAnAdminWhosePasswordIsPrintedOnce() {
        String database = "inventory_first_" + UUID.randomUUID().toString().substring(0, 8);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(AdminAccount.class)).addAppender(log);
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("datasources.default.url", TestDatabase.otherDatabase(database));
        properties.put("inventory.admin-password", "");
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            Matcher printed = Pattern.compile("with password (\\S+)").matcher(
                    log.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", String::concat));

            assertTrue(printed.find(), "the password is in the log: " + log.list);
            Api.at(server.getURI()).as("admin", printed.group(1)).get("/api/users").expect(200);
            Api.at(server.getURI()).as("admin", "admin").get("/api/users").expect(401);
        } finally {
            TestDatabase.drop(database);
        }
    }
}

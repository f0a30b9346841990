package fr.sav.inventory;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.util.TimeZone;

/** Starts the service; where no database is configured or reachable, starts an embedded MariaDB first. */
@OpenAPIDefinition(
        info = @Info(title = "SAV spare-parts and reconditioning inventory", version = "1",
                description = "Stock by condition, repairs, standard exchanges, labels, imports and purchasing."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.build(args)
                .properties(EmbeddedDatabase.startIfNeeded(System.getenv()))
                .start();
    }
}

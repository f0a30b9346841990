package fr.sav.inventory.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's account: username, password hash and granted roles. */
@MappedEntity("app_user")
record Account(@Id @GeneratedValue @Nullable Long id,
               String username,
               String passwordHash,
               String roles,
               boolean enabled,
               Instant createdAt) {

    static Account create(String username, String password, Set<Role> roles, Instant now) {
        return new Account(null, username, PasswordHasher.hash(password), join(roles), true, now);
    }

    Set<Role> grantedRoles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}

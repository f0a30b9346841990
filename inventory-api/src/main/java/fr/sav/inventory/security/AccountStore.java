package fr.sav.inventory.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountStore extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> listOrderByUsername();

    /** Stores a stronger hash of the same password, unless the password changed since it was read. */
    @Query("UPDATE app_user SET password_hash = :stronger WHERE id = :id AND password_hash = :checked")
    long rehash(Long id, String checked, String stronger);
}

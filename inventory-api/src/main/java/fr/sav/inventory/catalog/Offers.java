package fr.sav.inventory.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Offers extends CrudRepository<Offer, Long> {

    Optional<Offer> findBySupplierIdAndSupplierRef(Long supplierId, String supplierRef);

    String OFFER_VIEW = """
            SELECT s.code AS supplier, s.name AS supplier_name, o.supplier_ref, p.sku, o.price, o.currency,
                   o.min_order_qty, o.pack_size, COALESCE(o.lead_time_days, s.lead_time_days) AS lead_time_days,
                   o.preferred, o.warranty_months
            FROM supplier_offer o JOIN supplier s ON s.id = o.supplier_id JOIN part p ON p.id = o.part_id
            """;

    @Query(OFFER_VIEW + " WHERE o.supplier_id = :supplierId ORDER BY o.supplier_ref LIMIT :limit OFFSET :offset")
    List<OfferView> viewsOfSupplier(long supplierId, int limit, long offset);

    long countBySupplierId(Long supplierId);

    @Query(OFFER_VIEW + " WHERE o.part_id = :partId ORDER BY o.preferred DESC, o.price, s.code")
    List<OfferView> viewsOfPart(long partId);
}

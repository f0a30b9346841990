package fr.sav.inventory.stock;

/**
 * A count of a part that is not on the shelf but will or should come back, contributed by another feature:
 * {@code inRepair} (open repair orders), {@code onOrder} (open purchase request lines), {@code coresOwed}
 * (open standard exchanges), {@code onLoan} (units lent or rented to customers).
 */
public interface PipelineFigure {

    String name();

    long count(long partId);
}

package fr.sav.inventory.catalog;

import java.util.Collection;
import java.util.Map;

/** Finds our parts' ids by sku, chunk after chunk of one price list. */
public interface PartIdsBySku {

    /** Part ids by sku, among those given; keys in upper case. */
    Map<String, Long> find(Collection<String> skus);
}

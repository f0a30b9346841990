package fr.sav.inventory.stock;

import java.util.Optional;

/** Lets a feature resolve the codes of its own documents (repair orders, exchanges, purchase requests). */
public interface ScanResolver {

    /** The document the upper-case code names, if it is one of this feature's. */
    Optional<ScanResult> resolve(String code);
}

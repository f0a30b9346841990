package fr.sav.inventory.security;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do. MANAGER may do everything. */
public enum Role {
    /** Scans parts in and out: receipts, issues, returns, transfers, counts. */
    STOREKEEPER,
    /** Reserves parts for repair orders and runs the workshop. */
    WORKSHOP,
    /** Turns reorder suggestions into purchase requests and exports them. */
    BUYER,
    /** The after-sales manager: every right. */
    MANAGER;

    /** The roles an account effectively holds: a manager holds them all. */
    static Set<Role> effective(Set<Role> granted) {
        return granted.contains(MANAGER) ? EnumSet.allOf(Role.class) : EnumSet.copyOf(granted);
    }
}

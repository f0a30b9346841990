package fr.sav.inventory.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's look at what in it needs attention; the notifier asks every watch in turn. Each feature reads only
 * its own tables, through its own watch.
 */
public interface Watch {

    /** What needs attention on that day; called inside a read transaction. */
    List<Occasion> occasions(LocalDate today);
}

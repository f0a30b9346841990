package fr.sav.inventory.purchasing.forecast;

/**
 * The length of one bucket of a demand history: a week (the service's histories) or a month (30 days for lead
 * times, so a lead time of 30 days is one month). Every rule counts in buckets; the lead time in days is turned
 * into buckets with {@link #days()}, and the prior for short histories has its own length in each.
 */
public enum Period {

    /** 7 days; the prior smooths from 13 weeks and spreads a lone demand over at least 26 weeks. */
    WEEK(7, "week", "weekly", Prior.DEFAULT),
    /** 30 days; the prior smooths from 3 months and spreads a lone demand over at least 6 months. */
    MONTH(30, "month", "monthly", new Prior(3, 2, 6));

    private final int days;
    private final String word;
    private final String adjective;
    private final Prior prior;

    Period(int days, String word, String adjective, Prior prior) {
        this.days = days;
        this.word = word;
        this.adjective = adjective;
        this.prior = prior;
    }

    public int days() {
        return days;
    }

    /** The bucket's name in the singular ("week", "month"). */
    public String word() {
        return word;
    }

    /** How often a bucket comes round ("weekly", "monthly"). */
    public String adjective() {
        return adjective;
    }

    public Prior prior() {
        return prior;
    }
}

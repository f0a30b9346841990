package fr.sav.inventory.purchasing;

/** What recording a usage did. */
public enum UsageOutcome { CREATED, UPDATED, UNCHANGED }

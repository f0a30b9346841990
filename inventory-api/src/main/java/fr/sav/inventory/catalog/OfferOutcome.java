package fr.sav.inventory.catalog;

/** What a line did to the supplier's offers. */
public enum OfferOutcome { CREATED, UPDATED, UNCHANGED }

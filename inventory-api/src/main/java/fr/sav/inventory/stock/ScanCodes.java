package fr.sav.inventory.stock;

/**
 * The text printed in the barcodes of our own labels: a one-letter kind and a colon before the key
 * ({@code P:LV-PMP-0042}, {@code L:MAG-A-03}, {@code U:SN123}); documents print their own number
 * ({@code RO-2026-000123}). Upper case letters, digits and {@code : - .} only, so QR codes stay in
 * alphanumeric mode. A bare key typed by hand resolves too.
 */
public final class ScanCodes {

    public static final String PART = "P:";
    public static final String LOCATION = "L:";
    public static final String UNIT = "U:";

    private ScanCodes() {
    }

    public static String part(String sku) {
        return PART + sku;
    }

    public static String location(String code) {
        return LOCATION + code;
    }

    public static String unit(String serial) {
        return UNIT + serial;
    }
}

package fr.sav.inventory.catalog;

/** GS1 identification numbers (EAN-8, UPC-A, EAN-13, GTIN-14) and their check digit. */
final class Gtin {

    private Gtin() {
    }

    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        int length = digits.length();
        for (int i = 0; i < length - 1; i++) {
            int digit = digits.charAt(i) - '0';
            boolean timesThree = (length - 1 - i) % 2 == 1;
            sum += timesThree ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(length - 1) - '0';
    }
}

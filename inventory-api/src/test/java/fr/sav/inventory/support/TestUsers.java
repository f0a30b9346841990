package fr.sav.inventory.support;

/** The accounts tests log in with. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "password-for-tests";

    private TestUsers() {
    }
}

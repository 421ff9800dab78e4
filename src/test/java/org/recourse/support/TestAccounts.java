package org.recourse.support;

/** Credentials of the administrator that every test application starts with (test-only). */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    private TestAccounts() {
    }
}

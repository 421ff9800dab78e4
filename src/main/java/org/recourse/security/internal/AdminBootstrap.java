package org.recourse.security.internal;

import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.security.SecurityProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On an installation without accounts, creates {@code admin}. A generated password is
 * printed once to the console (never to the log) and must be changed at first login. Done
 * before the web server takes its first request: as an application runner it ran after, and a
 * login in between was refused.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN = "admin";

    private final Accounts accounts;
    private final SecurityProperties props;

    AdminBootstrap(Accounts accounts, SecurityProperties props) {
        this.accounts = accounts;
        this.props = props;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!props.createAdmin() || accounts.any()) {
            return;
        }
        if (!props.adminPassword().isEmpty()) {
            accounts.create(ADMIN, props.adminPassword(), Role.ADMIN, false);
            System.out.println("Recourse: created the administrator account 'admin' with the password from RECOURSE_ADMIN_PASSWORD.");
            return;
        }
        String password = GeneratedPasswords.generate();
        accounts.create(ADMIN, password, Role.ADMIN, true);
        System.out.println("""
                ==================================================================
                 Recourse: created the administrator account.
                   user:      admin
                   password:  %s
                 This password is shown only now. You will be asked to change it
                 when you first log in.
                ==================================================================""".formatted(password));
    }
}

package org.recourse.security;

/** A generated one-time password, shown once to the administrator; it must be changed at first login. */
public record IssuedPassword(Account account, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.id() + ", password hidden]";
    }
}

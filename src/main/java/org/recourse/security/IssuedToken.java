package org.recourse.security;

/** A new token and its secret value, shown once. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + ", secret hidden]";
    }
}

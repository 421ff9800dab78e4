package org.recourse.security.internal;

import java.security.SecureRandom;

/** One-time passwords for new accounts and resets: 20 characters without look-alikes (about 116 bits). */
public final class GeneratedPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

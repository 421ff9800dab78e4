package org.recourse.linkage.internal;

/** American Soundex (Russell and Odell 1918, as in the US census rules) for blocking keys. */
public final class Soundex {

    private static final String CODES = "01230120022455012623010202";

    private Soundex() {
    }

    public static String code(String s) {
        StringBuilder b = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < s.length() && b.length() < 4; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
            }
            char code = CODES.charAt(c - 'a');
            if (b.length() == 0) {
                b.append(Character.toUpperCase(c));
            } else if (code != '0' && code != last) {
                b.append(code);
            }
            if (c != 'h' && c != 'w') {
                last = code;
            }
        }
        while (b.length() > 0 && b.length() < 4) {
            b.append('0');
        }
        return b.toString();
    }
}

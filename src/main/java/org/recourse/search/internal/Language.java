package org.recourse.search.internal;

/** Decides a passage's language from its script when the caller says {@code auto}. */
public final class Language {

    /** Share of Hangul among letters above which a passage counts as Korean. */
    static final double HANGUL_SHARE = 0.3;

    private Language() {
    }

    public static String resolve(String declared, String text) {
        if (declared.equals("ko") || declared.equals("en")) {
            return declared;
        }
        return detect(text);
    }

    static String detect(String text) {
        long hangul = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
        }
        return letters > 0 && (double) hangul / letters >= HANGUL_SHARE ? "ko" : "en";
    }
}

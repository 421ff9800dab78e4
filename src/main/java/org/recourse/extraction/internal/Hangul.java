package org.recourse.extraction.internal;

/** Which characters are Korean script. */
final class Hangul {

    private Hangul() {
    }

    static boolean is(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }

    static boolean any(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (is(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Korean if Hangul makes up at least a fifth of the letters. */
    static boolean dominant(CharSequence s) {
        long hangul = 0;
        long letters = 0;
        int limit = Math.min(s.length(), 100_000);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (is(c)) {
                hangul++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0 && hangul * 5 >= letters;
    }
}

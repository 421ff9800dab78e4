package org.recourse.extraction.internal;

/**
 * A deliberately small suffix stripper (one suffix, then a final silent e), applied alike to
 * thesaurus entries and to the text so that "rape", "raped", "rapes" and "raping" meet at
 * "rap", and "beat", "beaten", "beating" at "beat". Porter (1980) without its later steps:
 * coding needs inflections folded, not derivations.
 */
final class EnglishStemmer {

    private EnglishStemmer() {
    }

    static String stem(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        String s = stripSuffix(w, n);
        if (s.length() > 3 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripSuffix(String w, int n) {
        if ((w.endsWith("ies") || w.endsWith("ied")) && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ing") && n > 5) {
            return undouble(w.substring(0, n - 3));
        }
        if (w.endsWith("ed") && n > 4) {
            return undouble(w.substring(0, n - 2));
        }
        if (w.endsWith("en") && n > 5 && !w.endsWith("men")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("es") && n > 4 && "sxzhc".indexOf(w.charAt(n - 3)) >= 0) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** "slapped" -> "slap", but "killed" stays "kill" and "dressed" "dress". */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}

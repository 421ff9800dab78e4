package org.recourse.cli;

/**
 * Romanises Hangul syllables in Revised Romanisation (2000) or McCune-Reischauer (1939),
 * letter by letter (no sound-change rules), to produce realistic spelling variants of
 * generated names.
 */
final class Romaniser {

    private static final String[] RR_INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
        "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MR_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch",
        "tch", "ch'", "k'", "t'", "p'", "h"};
    private static final String[] RR_VOWEL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] MR_VOWEL = {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romaniser() {
    }

    static String romanise(String hangul, boolean mccuneReischauer, boolean hyphen) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            int index = hangul.charAt(i) - 0xAC00;
            if (index < 0 || index > 11171) {
                b.append(hangul.charAt(i));
                continue;
            }
            if (i > 0 && hyphen) {
                b.append('-');
            }
            String[] initial = mccuneReischauer ? MR_INITIAL : RR_INITIAL;
            String[] vowel = mccuneReischauer ? MR_VOWEL : RR_VOWEL;
            b.append(initial[index / 588]).append(vowel[(index % 588) / 28]).append(FINAL[index % 28]);
        }
        String s = b.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

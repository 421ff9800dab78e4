package org.recourse.search.internal;

import java.util.List;

/**
 * Rewrites North Korean spelling of the word-initial syllable into South Korean spelling, the
 * "initial sound rule" (두음법칙) that the South applies and the North does not: Hangul
 * Orthography (한글 맞춤법, 1988) articles 10–12.
 * <ul>
 * <li>art. 10: 녀 뇨 뉴 니 (and 녜) → 여 요 유 이 (녀성 → 여성);</li>
 * <li>art. 11: 랴 려 례 료 류 리 → 야 여 예 요 유 이 (리유 → 이유, 력사 → 역사, 량심 → 양심);</li>
 * <li>art. 12: 라 래 로 뢰 루 르 → 나 내 노 뇌 누 느 (로동 → 노동, 락원 → 낙원).</li>
 * </ul>
 * Only the first syllable of a word of two or more syllables changes, so a lone 리 (village,
 * unit of distance, the surname) is kept, and 마을리 is untouched. Loanwords keep their ㄹ/ㄴ
 * (라디오, 로씨야, 리본, 뉴스): they are listed in {@link #LOANWORD_PREFIXES}. The mapping is
 * one character for one character, so offsets in the original text stay valid.
 */
public final class NkSpelling {

    private static final int SYLLABLE_BASE = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    private static final int NIEUN = 2;
    private static final int RIEUL = 5;
    private static final int IEUNG = 11;

    /** Medial vowels (jungseong index) after which ㄴ/ㄹ becomes ㅇ: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ. */
    private static final int[] TO_IEUNG = {2, 6, 7, 12, 17, 20};
    /** Medial vowels after which ㄹ becomes ㄴ: ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ. */
    private static final int[] TO_NIEUN = {0, 1, 8, 11, 13, 18};

    static final List<String> LOANWORD_PREFIXES = List.of(
            "라디오", "라면", "라이터", "라인", "라오스", "라틴", "라벨", "라운드", "로봇", "로마", "로켓", "로씨야",
            "로므니아", "로션", "리본", "리더", "리스트", "리듬", "리터", "루마니아", "루트", "루블", "뉴스", "뉴욕",
            "니코틴", "니가", "르포");

    private NkSpelling() {
    }

    public static String normalise(CharSequence text) {
        char[] out = text.toString().toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (isWordInitialSyllable(out, i) && southern(out[i]) != out[i] && !startsLoanword(text, i)) {
                out[i] = southern(out[i]);
            }
        }
        return new String(out);
    }

    private static boolean isWordInitialSyllable(char[] s, int i) {
        boolean startsWord = i == 0 || !isSyllable(s[i - 1]);
        boolean hasNext = i + 1 < s.length && isSyllable(s[i + 1]);
        return startsWord && hasNext && isSyllable(s[i]);
    }

    private static boolean startsLoanword(CharSequence text, int i) {
        for (String prefix : LOANWORD_PREFIXES) {
            if (text.length() - i >= prefix.length() && regionMatches(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int at, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static char southern(char c) {
        int code = c - SYLLABLE_BASE;
        int initial = code / (21 * 28);
        int medial = (code / 28) % 21;
        int fin = code % 28;
        if ((initial == NIEUN || initial == RIEUL) && contains(TO_IEUNG, medial)) {
            return compose(IEUNG, medial, fin);
        }
        if (initial == RIEUL && contains(TO_NIEUN, medial)) {
            return compose(NIEUN, medial, fin);
        }
        return c;
    }

    private static char compose(int initial, int medial, int fin) {
        return (char) (SYLLABLE_BASE + (initial * 21 + medial) * 28 + fin);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static boolean isSyllable(char c) {
        return c >= SYLLABLE_BASE && c <= SYLLABLE_LAST;
    }
}

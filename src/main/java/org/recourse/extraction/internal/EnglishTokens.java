package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Latin-script words out of a passage (Hangul and everything else separates them).
 * Hyphens separate ("self-criticism" is two words, like "self criticism"); "didn't" becomes
 * "did" + "not" so that negation has one spelling.
 */
final class EnglishTokens {

    private EnglishTokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            i = addWord(text, start, i, out);
        }
        return out;
    }

    /** Adds the word [start, end) and any clitic after it; returns where scanning resumes. */
    private static int addWord(String text, int start, int end, List<Token> out) {
        String word = lower(text, start, end);
        boolean apostrophe = end + 1 < text.length() && isApostrophe(text.charAt(end));
        char after = apostrophe ? Character.toLowerCase(text.charAt(end + 1)) : ' ';
        boolean clitic = apostrophe && (end + 2 >= text.length() || !isWordChar(text.charAt(end + 2)));
        if (clitic && after == 't' && word.endsWith("n") && word.length() > 1) {
            out.add(token(start, end - 1, word.substring(0, word.length() - 1), false));
            out.add(token(end - 1, end + 2, "not", false));
            return end + 2;
        }
        if (clitic && after == 's') {
            out.add(token(start, end, word, true));
            return end + 2;
        }
        boolean plural = apostrophe && word.length() > 2 && word.endsWith("s") && Character.isWhitespace(text.charAt(end + 1))
                && end + 2 < text.length() && Character.isLowerCase(text.charAt(end + 2));
        out.add(token(start, end, word, plural));
        return plural ? end + 1 : end;
    }

    private static Token token(int start, int end, String word, boolean possessive) {
        return new Token(start, end, word, EnglishStemmer.stem(word), possessive);
    }

    static boolean isWordChar(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) : (Character.isLetter(c) && !Hangul.is(c));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static String lower(String text, int start, int end) {
        char[] cs = new char[end - start];
        for (int k = start; k < end; k++) {
            cs[k - start] = Character.toLowerCase(text.charAt(k));
        }
        return new String(cs);
    }
}

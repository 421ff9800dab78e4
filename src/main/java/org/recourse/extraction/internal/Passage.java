package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage cut into sentences, with its Latin-script words, so rules can look left and right
 * of a match cheaply. Sentences end at . ! ? 。 or a line break, and are cut at
 * {@value #MAX_SENTENCE} characters so that a passage without punctuation (or 10 MB of junk)
 * still costs linear time.
 */
final class Passage {

    static final int MAX_SENTENCE = 600;
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("No", "no", "Nos", "Mr", "Mrs", "Ms",
            "Dr", "St", "Mt", "vs", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof");

    final String text;
    final List<Token> tokens;
    private final int[] sentenceStarts;

    Passage(String text) {
        this.text = text;
        this.tokens = EnglishTokens.of(text);
        this.sentenceStarts = sentenceStarts(text);
    }

    private static int[] sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\n';
            if (end && !(c == '.' && (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) || abbreviation(text, i)))) {
                starts.add(i + 1);
                last = i + 1;
            } else if (i - last >= MAX_SENTENCE && Character.isWhitespace(c) || i - last >= 2 * MAX_SENTENCE) {
                starts.add(i + 1);
                last = i + 1;
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "No. 14", "Mr. Kim", "Dr. Lee": a period that ends an abbreviation, not a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && Character.isLetter(text.charAt(j - 1)) && dot - j < 4) {
            j--;
        }
        if (j == dot || j > 0 && Character.isLetter(text.charAt(j - 1))) {
            return false;
        }
        return ABBREVIATIONS.contains(text.substring(j, dot));
    }

    int sentenceStart(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        return sentenceStarts[i >= 0 ? i : -i - 2];
    }

    int sentenceEnd(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        int next = (i >= 0 ? i : -i - 2) + 1;
        return next < sentenceStarts.length ? sentenceStarts[next] : text.length();
    }

    /** Index of the first word starting at or after offset (tokens.size() if none). */
    int tokenAt(int offset) {
        return Sorted.firstAtOrAfter(tokens, Token::start, offset);
    }

    String word(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < tokens.size() ? tokens.get(tokenIndex).word() : "";
    }

    boolean isKorean(TermMatch m) {
        return Hangul.any(text.substring(m.start(), m.end()));
    }
}

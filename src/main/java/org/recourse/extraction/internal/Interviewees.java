package org.recourse.extraction.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many people a study interviewed: the people counted in the first sentence that speaks
 * of interviewing ("interviews with 62 North Koreans", "20 women and 5 men", {@code 탈북민
 * 25명을 심층 면접}). A number in a sentence without an interview word is not a sample size.
 */
final class Interviewees {

    private static final Pattern CUE = Pattern.compile(
            "\\binterview\\w*|\\bspoke\\s+(?:with|to)\\b|\\btalked\\s+(?:with|to)\\b|\\bsurvey\\w*|\\brespondents\\b"
            + "|면접|면담|인터뷰|설문|조사", Pattern.CASE_INSENSITIVE);
    private static final String[] CUE_WORDS = {"interview", "spoke", "talked", "survey", "respondent", "면접", "면담",
        "인터뷰", "설문", "조사"};
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d{1,5})\\s+(?:(?:north\\s+korean|former|female|male|young|adult)\\s+)?"
            + "(?:north\\s+koreans|people|persons|women|men|escapees|defectors|refugees|survivors|interviewees"
            + "|respondents|individuals|witnesses|detainees)\\b|(?<!\\d)(\\d{1,5})\\s*명",
            Pattern.CASE_INSENSITIVE);

    private Interviewees() {
    }

    /** Looks only at sentences holding a number, so long passages without one cost a scan. */
    static Optional<Found<Integer>> find(Passage p) {
        if (Windows.aroundWords(p.text, Windows.lower(p.text), 0, 1, CUE_WORDS).isEmpty()) {
            return Optional.empty();
        }
        Matcher cue = CUE.matcher(p.text);
        int checkedUpTo = -1;
        for (int i = 0; i < p.text.length(); i++) {
            if (!Character.isDigit(p.text.charAt(i)) || i < checkedUpTo) {
                continue;
            }
            int s = p.sentenceStart(i);
            int e = p.sentenceEnd(i);
            checkedUpTo = e;
            if (cue.region(s, e).find()) {
                Optional<Found<Integer>> counted = countIn(p.text, s, e);
                if (counted.isPresent()) {
                    return counted;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found<Integer>> countIn(String text, int s, int e) {
        Matcher m = COUNT.matcher(text).region(s, e);
        int total = 0;
        int first = -1;
        int last = -1;
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            total += Integer.parseInt(n);
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        return first < 0 ? Optional.empty() : Optional.of(new Found<>(total, first, last));
    }
}

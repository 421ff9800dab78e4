package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pay taken from the people who earned it is forced labour and a denial of resources (the
 * coders' convention: "the government keeps most of the earnings", "rarely see any of their
 * monthly wages", {@code 월급 70%이상을 북한당국이 빼돌리고}, {@code 임금의 15%만 자신이 받았을 뿐}): a
 * word for pay and a word for its taking or withholding in one sentence.
 */
final class Wages {

    private static final Set<String> PAY = Set.of("wage", "wages", "salary", "salaries", "earnings", "paycheck",
            "remuneration");
    private static final List<String> TAKEN = List.of("keep", "kept", "take", "took", "taken", "confiscat", "withh",
            "deduct", "seiz", "stole", "skim", "siphon", "pocket", "garnish", "rarely", "never", "instead", "none",
            "fraction", "unpaid", "without");
    private static final String[] KO_PAY = {"월급", "임금", "급여", "노임", "봉급", "번 돈", "벌어들인 돈"};
    private static final String[] KO_TAKEN = {"빼돌", "가져가", "가져간", "가져갔", "떼어", "떼가", "떼간", "떼였", "상납",
            "받지 못", "못 받", "못받", "에 불과", "만 받", "착취", "몰수", "압수", "빼앗", "뺏", "가로채", "가로챘", "대신"};

    private Wages() {
    }

    /** A forced-labour and a denial-of-resources match at each pay word whose sentence tells its taking. */
    static List<TermMatch> taken(Passage p) {
        List<TermMatch> out = new ArrayList<>();
        for (String pay : KO_PAY) {
            for (int k = p.text.indexOf(pay); k >= 0; k = p.text.indexOf(pay, k + pay.length())) {
                String sentence = p.text.substring(p.sentenceStart(k), p.sentenceEnd(k));
                if (Assertion.containsAny(sentence, KO_TAKEN)) {
                    add(out, k, k + pay.length());
                }
            }
        }
        for (int i = 0; i < p.tokens.size(); i++) {
            if (PAY.contains(p.word(i)) && takenInSentence(p, i)) {
                add(out, p.tokens.get(i).start(), p.tokens.get(i).end());
            }
        }
        return out;
    }

    private static boolean takenInSentence(Passage p, int word) {
        int from = p.sentenceStart(p.tokens.get(word).start());
        int to = p.sentenceEnd(p.tokens.get(word).start());
        for (int j = 0; j < p.tokens.size(); j++) {
            int at = p.tokens.get(j).start();
            if (at >= from && at < to && j != word) {
                String w = p.word(j);
                if (TAKEN.stream().anyMatch(w::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(List<TermMatch> out, int start, int end) {
        out.add(new TermMatch("violation", "forced_labour", start, end));
        out.add(new TermMatch("violation", "denial_of_resources", start, end));
    }
}

package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            "받지 못", "못 받", "못받", "에 불과", "만 받", "착취", "몰수", "압수", "빼앗", "뺏", "가로채", "가로챘", "대신", "징수", "선취", "공제"};

    private Wages() {
    }

    /**
     * A forced-labour and a denial-of-resources match at each pay word whose sentence tells its
     * taking; each sentence is read at most once (10 MB of "wages" stays linear).
     */
    static List<TermMatch> taken(Passage p) {
        List<TermMatch> out = new ArrayList<>();
        Map<Integer, Boolean> told = new HashMap<>();
        for (String pay : KO_PAY) {
            for (int k = p.text.indexOf(pay); k >= 0; k = p.text.indexOf(pay, k + pay.length())) {
                int at = k;
                if (told.computeIfAbsent(p.sentenceStart(at), from -> Assertion.containsAny(
                        p.text.substring(from, p.sentenceEnd(at)), KO_TAKEN))) {
                    add(out, k, k + pay.length());
                }
            }
        }
        Map<Integer, Boolean> toldInWords = new HashMap<>();
        for (int i = 0; i < p.tokens.size(); i++) {
            int at = p.tokens.get(i).start();
            if (PAY.contains(p.word(i)) && toldInWords.computeIfAbsent(p.sentenceStart(at), from -> takenBetween(p, from, p.sentenceEnd(at)))) {
                add(out, at, p.tokens.get(i).end());
            }
        }
        return out;
    }

    private static boolean takenBetween(Passage p, int from, int to) {
        for (int j = p.tokenAt(from); j < p.tokens.size() && p.tokens.get(j).start() < to; j++) {
            String w = p.word(j);
            if (!PAY.contains(w) && TAKEN.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<TermMatch> out, int start, int end) {
        out.add(new TermMatch("violation", "forced_labour", start, end));
        out.add(new TermMatch("violation", "denial_of_resources", start, end));
    }
}

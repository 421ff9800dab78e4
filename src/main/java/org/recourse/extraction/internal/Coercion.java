package org.recourse.extraction.internal;

import java.util.List;
import java.util.Set;

/**
 * Work done under threat is forced labour even when the passage never names it: "we worked
 * because we did not want to be beaten", "if you did not work, they beat you",
 * {@code 맞을까 봐 일했다}. A sentence that tells of work next to violence that is only feared or
 * conditional (a violation match the passage does not assert) suggests forced labour.
 */
final class Coercion {

    static final String FORCED_LABOUR = "forced_labour";
    private static final Set<String> THREATS = Set.of("physical_assault", "torture", "killing");
    private static final Set<String> WORK_STEMS = Set.of("work", "labour", "labor", "toil");
    private static final String[] KO_WORK = {"일했", "일을 했", "일을 해", "일해", "일하", "노동을", "노동했", "작업을", "작업했"};

    private Coercion() {
    }

    /** The span of the work word in a sentence where a threat of violence is not asserted, or null. */
    static int[] forcedWork(Passage p, TermMatch unasserted) {
        if (!THREATS.contains(unasserted.code())) {
            return null;
        }
        int s = p.sentenceStart(unasserted.start());
        int e = p.sentenceEnd(unasserted.start());
        if (p.isKorean(unasserted)) {
            String sentence = p.text.substring(s, e);
            for (String w : KO_WORK) {
                int k = sentence.indexOf(w);
                if (k >= 0) {
                    return new int[] {s + k, s + k + w.length()};
                }
            }
            return null;
        }
        for (int i = p.tokenAt(s); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            if (WORK_STEMS.contains(p.tokens.get(i).stem())) {
                return new int[] {p.tokens.get(i).start(), p.tokens.get(i).end()};
            }
        }
        return null;
    }

    static boolean anyTerm(List<TermMatch> ms, String code) {
        return ms.stream().anyMatch(m -> m.code().equals(code));
    }
}

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
    private static final int FOLLOWING = 3;
    private static final Set<String> HUNGER_STEMS = Set.of("starv", "starvation", "malnutrition", "hunger");
    private static final String[] KO_HUNGER = {"굶주림", "굶어", "굶주", "영양실조", "아사"};
    private static final Set<String> STAY_STEMS = Set.of("spent", "spend", "stay", "day", "week", "month", "year",
            "sent", "taken", "transferred", "kept", "confined", "locked", "thrown");
    private static final String[] KO_STAY = {"개월", "년간", "년 동안", "일 동안", "주일", "보내며", "보냈", "있을 때",
            "보내졌", "보내진", "보내지", "이송", "넘겨졌", "넘겨진"};
    static final Set<String> DETENTION_PLACES = Set.of("detention", "pretrial_detention",
            "interrogation_facility", "prison_camp", "reeducation_camp", "labour_training_camp");
    /** The kinds of detention place under the parent {@code detention}. */
    static final Set<String> DETENTION_KINDS = Set.of("pretrial_detention", "interrogation_facility", "prison_camp",
            "reeducation_camp", "labour_training_camp");
    /** Places where people are held (interrogation may be questioning only). */
    static final Set<String> HOLDING_PLACES = Set.of("detention", "pretrial_detention", "prison_camp",
            "reeducation_camp", "labour_training_camp");
    private static final Set<String> DEATH_STEMS = Set.of("died", "die", "dying", "death", "dead");
    private static final String[] KO_DEATH = {"사망", "숨지", "숨졌", "숨진", "죽었", "죽은", "죽는", "죽어가", "목숨을 잃", "죽임을"};
    /** "fired from work", "at work": the noun, not the act of working. */
    private static final Set<String> AT_WORK = Set.of("at", "from", "after", "before", "no", "of");
    private static final int NEAR_BEFORE = 25;
    private static final String[] KO_WORK = {"일했", "일을 했", "일을 해", "일해", "일하", "노동을", "노동했", "노동에", "작업을", "작업했",
        "노동과", "노동으로"};

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

    /**
     * Deaths and hunger told in the sentences after the held are named ("A male prisoner carts
     * the bodies away. About three died a day of disease and hunger."): the word in the rest of
     * the anchor's sentence or the {@value #FOLLOWING} sentences after it.
     */
    static int[] afterHeld(Passage p, TermMatch anchor, boolean death, List<TermMatch> places) {
        int e = anchor.end();
        for (int k = 0; k <= FOLLOWING && e < p.text.length(); k++) {
            e = p.sentenceEnd(e);
        }
        if (p.isKorean(anchor)) {
            String rest = p.text.substring(anchor.end(), e);
            for (String w : death ? KO_DEATH : KO_HUNGER) {
                int k = rest.indexOf(w);
                if (k >= 0) {
                    return new int[] {anchor.end() + k, anchor.end() + k + w.length()};
                }
            }
            return null;
        }
        Set<String> words = death ? DEATH_STEMS : HUNGER_STEMS;
        for (int i = p.tokenAt(anchor.end()); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            Token t = p.tokens.get(i);
            if (words.contains(t.stem()) && !insideAny(places, t)) {
                return new int[] {t.start(), t.end()};
            }
        }
        return null;
    }

    /**
     * "died of typhus after months of hard labour at the camp": the place, after "in" or "at", ends the
     * clause of a word up to {@value #CLAUSE_BEFORE} characters before it (no punctuation between).
     */
    private static boolean sameClauseInOrAt(Passage p, int from, TermMatch place) {
        if (place.start() - from > CLAUSE_BEFORE) {
            return false;
        }
        for (int k = from; k < place.start(); k++) {
            char c = p.text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == '"' || c == '\u201c') {
                return false;
            }
        }
        int first = p.tokenAt(place.start());
        int i = first - 1;
        while (i >= 0 && ARTICLES.contains(p.word(i))) {
            i--;
        }
        return p.word(i).equals("in") || p.word(i).equals("at");
    }

    private static final int CLAUSE_BEFORE = 60;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those");

    /** "labor" in "labor-training camps" names the place, not work done there. */
    private static boolean insideAny(List<TermMatch> places, Token t) {
        int i = Roles.firstAtOrAfter(places, t.start() + 1) - 1;
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            if (places.get(k).start() <= t.start() && t.end() <= places.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence at offset tells of a stay: a span of time or spending it. */
    static boolean stayIn(Passage p, int offset) {
        int s = p.sentenceStart(offset);
        int e = p.sentenceEnd(offset);
        if (Assertion.containsAny(p.text.substring(s, e), KO_STAY)) {
            return true;
        }
        for (int i = p.tokenAt(s); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            if (STAY_STEMS.contains(p.tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What detainees are made to do, or die of, in detention is forced labour or death in
     * custody, however told: "at the labour training camp we worked 14 hours a day",
     * {@code 교화소에서 영양실조로 사망한}. The work or death word follows the place in its sentence,
     * or comes just before it ("worked 12 hours a day in the camp").
     */
    static int[] inDetention(Passage p, TermMatch place, boolean death, List<TermMatch> places) {
        if (!DETENTION_PLACES.contains(place.code())) {
            return null;
        }
        int s = p.sentenceStart(place.start());
        int e = p.sentenceEnd(place.start());
        if (p.isKorean(place)) {
            String sentence = p.text.substring(s, e);
            for (String w : death ? KO_DEATH : KO_WORK) {
                int k = sentence.indexOf(w);
                if (k >= 0) {
                    return new int[] {s + k, s + k + w.length()};
                }
            }
            return null;
        }
        Set<String> words = death ? DEATH_STEMS : WORK_STEMS;
        for (int i = p.tokenAt(s); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            Token t = p.tokens.get(i);
            boolean near = t.start() >= place.end() || t.end() <= place.start()
                    && (place.start() - t.end() <= NEAR_BEFORE || sameClauseInOrAt(p, t.end(), place));
            if (near && words.contains(t.stem()) && !AT_WORK.contains(p.word(i - 1)) && !insideAny(places, t)) {
                return new int[] {t.start(), t.end()};
            }
        }
        return null;
    }
}

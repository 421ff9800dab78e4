package org.recourse.extraction.internal;

import java.util.List;
import java.util.Set;

/**
 * Reports name who acted in one sentence and tell the act in another ("Two prisoners were beaten
 * to death. The guards were later moved to another camp.", {@code 보안원은 사건을 받아주지 않았다}), or only by a
 * role noun the act does not touch. In a passage that asserts a violation, a person named as an
 * actor anywhere counts as a perpetrator unless the words around the mention make them a victim,
 * a speaker or a relation: a former member ("a former soldier", {@code 군인 출신}), someone who
 * speaks ("the guard said"), a possessor ("guards' orders"), kin of someone ("wives of military
 * officials"), or the object of a verb ({@code 군인을}). Kin, co-workers, buyers and unknown
 * persons are never taken from a mention alone: they are as often the victims of the passage.
 */
final class Actors {

    private static final Set<String> NOT_FROM_MENTION = Set.of("family_member", "intimate_partner", "coworker",
            "buyer", "unknown");
    /** A broker helps people leave as often as he sells them: a mention counts only next to a sale. */
    private static final Set<String> SALES = Set.of("trafficking", "forced_marriage", "sexual_exploitation");
    /** "reported it to the police", "among MSS officials", "against the guards": not the doer. */
    private static final Set<String> NOT_AGENT_PREPOSITIONS = Set.of("to", "among", "with", "against", "like");
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "became", "become", "being");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "got");
    private static final Set<String> COERCED = Set.of("made", "forced", "compelled", "mobilized", "mobilised");
    private static final Set<String> FORMER = Set.of("former", "ex", "retired", "defected", "deserted");
    private static final Set<String> KIN_OF = Set.of("wife", "wives", "husband", "husbands", "son", "sons", "daughter",
            "daughters", "child", "children", "family", "families", "widow", "widows", "relative", "relatives");
    private static final Set<String> KO_NOT_ACTOR = Set.of("인", "이던", "였던", "출신", "을", "를", "들을", "들를",
            "와", "과", "이나", "나", "처럼", "으로", "로", "이었던", "생활", "복무");
    private static final String[] KO_KIN = {"아내", "남편", "가족", "딸", "아들", "자녀", "부인", "처", "어머니", "아버지"};
    private static final String[] KO_SPEECH = {"말했", "전했", "증언", "밝혔", "주장했", "설명했"};

    private Actors() {
    }

    /** Whether a mention the act rules left unassigned names an actor of the passage's violations. */
    static boolean mentionedActor(Passage p, TermMatch m, List<TermMatch> violations) {
        if (violations.isEmpty() || NOT_FROM_MENTION.contains(m.code()) || m.embedded()) {
            return false;
        }
        if (m.code().equals("broker") && violations.stream().noneMatch(v -> SALES.contains(v.code()))) {
            return false;
        }
        return p.isKorean(m) ? korean(p, m) : english(p, m, violations);
    }

    private static boolean english(Passage p, TermMatch m, List<TermMatch> violations) {
        int first = p.tokenAt(m.start());
        int last = p.tokenAt(m.end()) - 1;
        if (last < first || p.tokens.get(last).possessive()) {
            return false;
        }
        int sentence = p.sentenceStart(m.start());
        for (int i = first - 1; i >= Math.max(0, first - 3) && p.tokens.get(i).start() >= sentence; i--) {
            String w = p.word(i);
            if (FORMER.contains(w) || w.equals("of") && KIN_OF.contains(p.word(i - 1))
                    || NOT_AGENT_PREPOSITIONS.contains(w) || COPULAS.contains(w) && i < first - 1) {
                return false;
            }
        }
        int sentenceEnd = p.sentenceEnd(m.start());
        if (patientNext(p, sentenceEnd, violations)) {
            return false;
        }
        for (int i = last + 1; i <= last + 3 && i < p.tokens.size() && p.tokens.get(i).start() < sentenceEnd; i++) {
            if (EnglishReporting.isVerb(p.word(i)) || COERCED.contains(p.word(i)) && p.word(i + 1).equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** "She was beaten by the other women": the act names its agent, known to the thesaurus or not. */
    static boolean agentAfterBy(Passage p, TermMatch act) {
        if (p.isKorean(act)) {
            return false;
        }
        int i = p.tokenAt(act.end());
        int sentenceEnd = p.sentenceEnd(act.start());
        for (int k = i; k < i + 3 && k < p.tokens.size() && p.tokens.get(k).start() < sentenceEnd; k++) {
            if (p.word(k).equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A young soldier begged for food. He told me he had been beaten": the pronoun that takes
     * up the person in the next sentence undergoes the act.
     */
    private static boolean patientNext(Passage p, int sentenceEnd, List<TermMatch> violations) {
        if (sentenceEnd >= p.text.length()) {
            return false;
        }
        int next = p.sentenceEnd(sentenceEnd);
        int i = Roles.firstAtOrAfter(violations, sentenceEnd);
        if (i >= violations.size() || violations.get(i).start() >= next) {
            return false;
        }
        int v = p.tokenAt(violations.get(i).start());
        boolean pronoun = false;
        boolean passive = false;
        for (int k = p.tokenAt(sentenceEnd); k < v; k++) {
            pronoun |= PRONOUNS.contains(p.word(k));
            passive |= PASSIVE.contains(p.word(k)) && v - k <= 3;
        }
        return pronoun && passive;
    }

    private static boolean korean(Passage p, TermMatch m) {
        String particle = Roles.koreanParticle(p, m.end());
        String before = p.text.substring(Math.max(p.sentenceStart(m.start()), m.start() - 10), m.start());
        if (KO_NOT_ACTOR.contains(particle) || particle.startsWith("에") || particle.startsWith("한테")
                || before.contains("복무") || before.contains("출신")) {
            return false;
        }
        if (particle.endsWith("의")) {
            String next = p.text.substring(m.end() + particle.length(), Math.min(p.text.length(), m.end() + particle.length() + 5)).strip();
            if (Assertion.containsAny(next, KO_KIN)) {
                return false;
            }
        }
        // A sentence cut at its length limit may end inside the match: read nothing after it then.
        String after = p.text.substring(m.end(), Math.max(m.end(), Math.min(p.sentenceEnd(m.start()), m.end() + 12)));
        return !Assertion.containsAny(after, KO_SPEECH);
    }
}

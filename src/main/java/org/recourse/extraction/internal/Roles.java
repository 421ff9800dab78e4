package org.recourse.extraction.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did it: a perpetrator term counts only as the agent of a violation the sentence asserts.
 * English agents stand before an active violation verb ("the guards beat her") or after "by";
 * the subject of a passive ("a soldier who was beaten") and the object ("kicked the guard") are
 * victims; a possessor ("my husband's brother") and a person named after the act without "by"
 * are neither. Korean marks
 * roles with particles: {@code 을/를} is the object; {@code 에게/한테/에서} mark the agent;
 * a subject ({@code 이/가/은/는}) is the agent of an active verb but the victim of a passive one
 * ({@code 군인이 맞았다}, {@code 성폭행을 당했다}).
 */
final class Roles {

    enum Role { AGENT, PATIENT, NONE }

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "got", "get",
            "subjected");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "every", "his", "her", "my", "their", "our",
            "two", "three", "some", "several", "many", "all", "young", "old", "female", "male", "other", "local", "from");
    private static final String[] KO_PASSIVE = {"당하", "당했", "당한", "당해", "당할", "당하여", "맞았", "맞고", "맞아",
        "맞은", "잡혀", "잡혔", "잡힌", "팔려", "끌려", "받았", "받고", "받으", "받은", "되었", "됐", "된", "되어", "되는", "되고",
        "되기", "돼", "수감",
        "구금되", "체포되"};
    private static final int BY_WINDOW = 5;
    private static final int GLOSS_MAX = 12;
    /** Plural and "authorities" ({@code 공안당국에}) sit between the noun and its particle. */
    private static final String[] KO_NOUN_SUFFIXES = {"당국", "들"};
    /** {@code 동료인 여군은}: the noun only describes the next one, whose role it is. */
    private static final Set<String> KO_APPOSITIVE = Set.of("인", "이던", "였던", "출신");
    /** An eojeol that closes a list: a case particle or a verb ending. */
    /** {@code 남편과 그의 가족에게}: "and" joins the noun to a list whose last item carries the particle. */
    private static final java.util.Set<String> KO_AND = java.util.Set.of("과", "와", "이나", "나", "및");
    private static final Pattern LIST_ENDS = Pattern.compile("(?:을|를|이|가|은|는|고|다|며|서)$");
    private static final Pattern KO_COUNTER = Pattern.compile("^(?:한|두|세|네|다섯|여러|몇|\\d+)$");
    private static final Pattern KO_COUNTED = Pattern.compile("^(?:\\d+)?(?:명|분|사람)(.*)$");
    /** "harsh at the Ministry of State Security", "beaten in the police station": the agency as the place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "inside", "into");
    /** "the officer grabbed her": an act told without a thesaurus verb, on a person. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "me", "us", "them");
    private static final Set<String> IRREGULAR_ACTS = Set.of("took", "threw", "held", "put", "made", "tied", "hit",
            "bound", "stripped", "shoved", "struck", "caught", "kept", "dragged");
    private static final Set<String> KIND_VERBS = Set.of("helped", "saved", "released", "freed", "asked", "told", "gave",
            "paid", "married", "loved", "visited", "called", "met", "liked", "allowed", "let", "rescued", "protected",
            "fed", "warned", "thanked", "believed", "trusted", "showed", "taught", "invited", "hired", "employed",
            "accompanied", "followed", "recognized", "recognised", "saw", "heard", "found", "noticed", "contacted",
            "phoned", "wanted", "needed", "treated", "interviewed", "said", "answered", "greeted", "waited", "lent",
            "offered", "advised", "reassured", "comforted", "encouraged", "promised", "introduced", "supported");
    private static final Set<String> ACT_ADVERBS = Set.of("then", "also", "who", "had", "repeatedly", "often", "later",
            "once", "again", "first", "allegedly", "reportedly");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "they", "then", "later", "and");
    /** Who died is the victim: "her brother died in custody". */
    private static final Set<String> DEATHS = Set.of("death_in_custody");
    /** "her husband starved to death", "the guard died": who starved or died suffered the act. */
    private static final Set<String> SUFFERED = Set.of("starved", "starving", "starve", "died", "dying", "froze",
            "perished", "succumbed");
    private static final Set<String> HELD_PEOPLE = Set.of("prisoner", "prisoners", "detainee", "detainees", "inmate",
            "inmates", "convict", "convicts");
    private static final Set<String> DOERS = Set.of("perpetrator", "perpetrators", "abuser", "abusers", "attacker",
            "attackers", "rapist", "rapists", "culprit", "culprits", "assailant", "assailants");
    /** {@code 남편이 나를 데리고 갔다}: acts on a person that harm nobody. */
    private static final String[] KO_KIND_VERBS = {"데리", "데려", "도와", "도왔", "도운", "찾아", "찾았", "만나", "만났",
        "보호", "구해", "구했", "숨겨", "기다", "사랑", "믿", "불러", "불렀", "위로", "안아", "보았", "봤", "알아"};
    private static final String[] KO_SUBJECT = {"이", "가", "은", "는", "께서", "이가"};
    private static final Set<String> KO_OBJECTS = Set.of("나를", "저를", "그녀를", "그를", "우리를", "여성을", "여성들을",
        "여자를", "여자들을", "아내를", "딸을", "언니를", "엄마를", "어머니를", "사람들을", "수감자들을", "재소자들을");

    private Roles() {
    }

    /** The role of the person named at [start, end) in the violations the sentence asserts. */
    static Role roleOf(Passage p, int start, int end, List<TermMatch> violations) {
        return roleOf(p, start, end, violations, List.of());
    }

    /** As above; {@code others} are the perpetrators named in the passage, sorted by start. */
    static Role roleOf(Passage p, int start, int end, List<TermMatch> violations, List<TermMatch> others) {
        if (!violations.isEmpty() && namedAsPerpetrator(p, start)) {
            return Role.AGENT;
        }
        TermMatch after = firstAfter(p, end, violations);
        return Hangul.any(p.text.substring(start, end)) ? korean(p, start, end, after, violations, others)
                : english(p, start, end, after, violations, others);
    }

    private static Role english(Passage p, int start, int end, TermMatch first, List<TermMatch> violations,
            List<TermMatch> others) {
        TermMatch after = skipPeopleNouns(p, first, violations);
        int last = p.tokenAt(end) - 1;
        if (last >= 0 && p.tokens.get(last).possessive()) {
            return Role.NONE;
        }
        if (EnglishRecipients.receives(p, start)) {
            return Role.NONE;
        }
        if (byBefore(p, start) && anyInSentence(p, start, violations)) {
            return Role.AGENT;
        }
        if (placeBefore(p, start) && anyInSentence(p, start, violations)) {
            return Role.AGENT;
        }
        if (objectOfViolation(p, start, violations)) {
            return Role.PATIENT;
        }
        if (!violations.isEmpty() && actsOnPerson(p, end)) {
            return Role.AGENT;
        }
        if (after == null) {
            return !violations.isEmpty() && agentInNextSentence(p, end, violations, others) ? Role.AGENT : Role.NONE;
        }
        if (EnglishReporting.between(p, end, after.start()) || closerPerson(p, end, after, others)) {
            return Role.NONE;
        }
        if (DEATHS.contains(after.code()) || SUFFERED.contains(p.word(p.tokenAt(after.start())))) {
            return Role.PATIENT;
        }
        return passiveBefore(p, end, after) ? Role.PATIENT : Role.AGENT;
    }

    private static boolean placeBefore(Passage p, int start) {
        int i = p.tokenAt(start) - 1;
        int sentence = p.sentenceStart(start);
        for (int hop = 0; hop < 2 && i >= 0 && DETERMINERS.contains(p.word(i)); hop++) {
            i--;
        }
        return i >= 0 && p.tokens.get(i).start() >= sentence && PLACE_PREPOSITIONS.contains(p.word(i));
    }

    /** "the officer grabbed her", "the guards then dragged him": a past act on a pronoun object. */
    private static boolean actsOnPerson(Passage p, int end) {
        int i = p.tokenAt(end);
        int sentenceEnd = p.sentenceEnd(Math.max(0, end - 1));
        while (i < p.tokens.size() && ACT_ADVERBS.contains(p.word(i))) {
            i++;
        }
        if (i + 1 >= p.tokens.size() || p.tokens.get(i + 1).start() >= sentenceEnd) {
            return false;
        }
        String verb = p.word(i);
        boolean past = verb.endsWith("ed") && verb.length() > 4 || IRREGULAR_ACTS.contains(verb);
        return past && !KIND_VERBS.contains(verb) && !EnglishReporting.isVerb(verb)
                && OBJECT_PRONOUNS.contains(p.word(i + 1));
    }

    /**
     * "The guard came back at night. He beat her until she fainted.": a person named in a
     * sentence without an act is the agent of an active act told in the next sentence by a
     * pronoun, when nobody else is named before it.
     */
    private static boolean agentInNextSentence(Passage p, int end, List<TermMatch> violations, List<TermMatch> others) {
        int sentenceEnd = p.sentenceEnd(Math.max(0, end - 1));
        if (anyInSentence(p, end - 1, violations) || sentenceEnd >= p.text.length()) {
            return false;
        }
        int next = skipSpaces(p.text, sentenceEnd);
        int i = firstAtOrAfter(violations, next);
        if (i >= violations.size() || violations.get(i).start() >= p.sentenceEnd(next)) {
            return false;
        }
        TermMatch act = violations.get(i);
        int j = firstAtOrAfter(others, next);
        if (j < others.size() && others.get(j).start() < act.start()) {
            return false;
        }
        if (p.isKorean(act)) {
            return !koreanPassive(p, act);
        }
        int v = p.tokenAt(act.start());
        int first = p.tokenAt(next);
        boolean pronoun = false;
        for (int k = first; k < v && k < first + 3; k++) {
            pronoun |= p.word(k).equals("he") || p.word(k).equals("she") || p.word(k).equals("they");
        }
        boolean passive = PASSIVE_AUX.contains(p.word(v - 1)) || PASSIVE_AUX.contains(p.word(v - 2));
        return pronoun && !passive;
    }

    /**
     * "was caught and savagely beaten", "were repeatedly raped": an auxiliary of the passive
     * within four words before the act, after the person and not followed by "to" (the guards
     * "were ordered to beat"); "had been beating the recruits", "were kicking" are active.
     */
    private static boolean passiveBefore(Passage p, int personEnd, TermMatch act) {
        int v = p.tokenAt(act.start());
        if (PASSIVE_AUX.contains(p.word(v))) {
            return true;
        }
        if (p.word(v).endsWith("ing")) {
            return false;
        }
        for (int i = v - 1; i >= Math.max(0, v - 4) && p.tokens.get(i).start() >= personEnd; i--) {
            if (p.word(i).equals("to")) {
                return false;
            }
            if (PASSIVE_AUX.contains(p.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sent money to her family, but her husband refused": another person named between this
     * one and the act, not joined to it by "and" or "or", is the act's subject.
     */
    private static boolean closerPerson(Passage p, int end, TermMatch act, List<TermMatch> others) {
        for (int i = firstAtOrAfter(others, end); i < others.size() && others.get(i).start() < act.start(); i++) {
            TermMatch o = others.get(i);
            if (o.end() > act.start() || o.start() < end) {
                continue;
            }
            int k = p.tokenAt(o.start()) - 1;
            while (k >= 0 && DETERMINERS.contains(p.word(k)) && p.tokens.get(k).start() >= end) {
                k--;
            }
            boolean joined = k >= 0 && (p.word(k).equals("and") || p.word(k).equals("or"))
                    || k >= 0 && p.text.substring(p.tokens.get(k).end(), o.start()).contains(",")
                    || k >= 0 && p.tokens.get(k).end() <= end;
            if (!joined) {
                return true;
            }
        }
        return false;
    }

    /**
     * "groped every woman", "kicked the guard": the person right after the violation verb, in
     * the same clause ("when she was arrested, the police beat her": the police start a clause).
     * A pronoun after the comma stays the one who suffered it: in testimony "... where I had
     * been confined," he said" the speaker is the one confined.
     */
    private static boolean objectOfViolation(Passage p, int start, List<TermMatch> violations) {
        int first = p.tokenAt(start);
        int i = first - 1;
        while (i >= 0 && first - i <= 2 && DETERMINERS.contains(p.word(i))) {
            i--;
        }
        if (i < 0 || !SPEAKER_PRONOUNS.contains(p.word(first)) && clauseBreak(p.text, p.tokens.get(i).end(), start)) {
            return false;
        }
        int end = p.tokens.get(i).end();
        int k = firstAtOrAfter(violations, p.tokens.get(i).start() - 60);
        for (; k < violations.size() && violations.get(k).start() < end; k++) {
            if (violations.get(k).end() == end) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /** A comma, semicolon, colon or dash between two words of the text. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /**
     * "beaten by the police", "beaten by North Korean security guards", "at the hands of the
     * security services", "fell victim to traffickers": "by" within five words before (reports stack adjectives before the agent).
     */
    private static final Set<String> VICTIM_OF = Set.of("victim", "victims", "prey");

    private static boolean byBefore(Passage p, int start) {
        int first = p.tokenAt(start);
        int sentence = p.sentenceStart(start);
        for (int i = first - 1; i >= Math.max(0, first - BY_WINDOW) && p.tokens.get(i).start() >= sentence; i--) {
            if (p.word(i).equals("by") || p.word(i).equals("of") && p.word(i - 1).equals("hands")
                    || (p.word(i).equals("to") || p.word(i).equals("of")) && VICTIM_OF.contains(p.word(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static Role korean(Passage p, int start, int end, TermMatch after, List<TermMatch> violations,
            List<TermMatch> others) {
        after = skipPeopleNouns(p, after, violations);
        String particle = koreanParticle(p, end);
        if (particle.startsWith("을") || particle.startsWith("를")) {
            return anyInSentence(p, start, violations) ? Role.PATIENT : Role.NONE;
        }
        if (KO_APPOSITIVE.contains(particle)) {
            return Role.NONE;
        }
        boolean listed = end < p.text.length() && (p.text.charAt(end) == ',' || p.text.charAt(end) == '、')
                || KO_AND.contains(particle) && !nextEojeolIs(p, nextEojeol(p.text, end), "함께") && !nextEojeolIs(p, nextEojeol(p.text, end), "같이");
        if (particle.isEmpty() && !listed && otherPersonInSentence(p, start, others)) {
            return Role.NONE;
        }
        if (listed && after != null && listMarkedAsAgent(p, end)) {
            return Role.AGENT;
        }
        if (particle.equals("의")) {
            int third = nextEojeol(p.text, nextEojeol(p.text, nextEojeol(p.text, end)));
            return after != null && after.start() < third ? Role.AGENT : Role.NONE;
        }
        boolean agentMarked = particle.startsWith("에게") || particle.startsWith("한테") || particle.startsWith("에서")
                || particle.startsWith("에 의해") || particle.equals("에") || particle.startsWith("께")
                || particle.startsWith("로부터") || particle.startsWith("으로부터");
        if (after == null) {
            boolean subject = isKoreanSubject(particle);
            return subject && !violations.isEmpty()
                    && (koreanActsOnPerson(p, end) || agentInNextSentence(p, end, violations, others))
                    ? Role.AGENT : Role.NONE;
        }
        if (particle.startsWith("에서") && subjectBefore(p, end, after.start(), others)) {
            return Role.NONE;
        }
        if (agentMarked) {
            return Role.AGENT;
        }
        return koreanPassive(p, after) ? Role.PATIENT : Role.AGENT;
    }

    /**
     * {@code 수감자들에게}: a detention word that names the detainees is not the act the person
     * before it does or undergoes; the next act in the sentence is.
     */
    private static TermMatch skipPeopleNouns(Passage p, TermMatch after, List<TermMatch> violations) {
        TermMatch a = after;
        while (a != null && namesPeople(p, a)) {
            int i = firstAtOrAfter(violations, a.end());
            a = i < violations.size() && violations.get(i).start() < p.sentenceEnd(a.start()) ? violations.get(i) : null;
        }
        return a;
    }

    /** "the perpetrator was a guard", {@code 가해자는 보위원이었다}: named as the doer outright. */
    private static boolean namedAsPerpetrator(Passage p, int start) {
        int sentence = p.sentenceStart(start);
        if (Hangul.is(p.text.charAt(start))) {
            return p.text.substring(Math.max(sentence, start - 12), start).contains("가해자");
        }
        int first = p.tokenAt(start);
        for (int i = first - 1; i >= Math.max(0, first - 4) && p.tokens.get(i).start() >= sentence; i--) {
            if (DOERS.contains(p.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 보위부 집결소에서 간수가 ...}: a bare Korean noun only qualifies the next one; when
     * another person is named in the sentence, that person is the one who acts.
     */
    private static boolean otherPersonInSentence(Passage p, int start, List<TermMatch> others) {
        int s = p.sentenceStart(start);
        int e = p.sentenceEnd(start);
        for (int i = firstAtOrAfter(others, s); i < others.size() && others.get(i).start() < e; i++) {
            if (others.get(i).start() != start) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 보위부에서 경비원 3명이 ... 때렸다}: an agency with {@code 에서} is the place when
     * another person is the subject of the act after it.
     */
    private static boolean subjectBefore(Passage p, int end, int act, List<TermMatch> others) {
        for (int i = firstAtOrAfter(others, end); i < others.size() && others.get(i).start() < act; i++) {
            TermMatch o = others.get(i);
            if (!o.embedded() && isKoreanSubject(koreanParticle(p, o.end()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 보안원, 보위원, 교도관들에게}: the particle of the list's last item marks every item. */
    private static boolean listMarkedAsAgent(Passage p, int end) {
        int i = end;
        for (int hop = 0; hop < 6 && i < p.text.length(); hop++) {
            i = skipSpaces(p.text, i + 1);
            String next = eojeolFrom(p.text, i);
            i += next.length();
            if (next.endsWith("에게") || next.endsWith("한테") || next.endsWith("로부터") || next.endsWith("에게서")
                    || next.endsWith("에") && nextEojeolIs(p, i, "의해")) {
                return true;
            }
            if (next.isEmpty() || LIST_ENDS.matcher(next).find()) {
                return false;
            }
        }
        return false;
    }

    private static boolean nextEojeolIs(Passage p, int i, String prefix) {
        return eojeolFrom(p.text, skipSpaces(p.text, i)).startsWith(prefix);
    }

    /** {@code 보위부 소속 요원}, {@code 보위부 집결소}: a Korean agency that only qualifies the next noun. */
    static boolean modifiesNoun(Passage p, TermMatch m) {
        if (!Hangul.any(p.text.substring(m.start(), m.end()))) {
            return false;
        }
        String particle = koreanParticle(p, m.end());
        return particle.isEmpty() || particle.equals("의") || particle.equals("소속");
    }

    /** {@code 수감자}, {@code 제소자}, "prisoners", "detainees": the held, not the holding. */
    static boolean namesPeople(Passage p, TermMatch m) {
        if (p.text.charAt(m.end() - 1) == '자' || m.end() < p.text.length() && p.text.charAt(m.end()) == '자'
                || p.text.startsWith("죄수", m.start())) {
            return true;
        }
        int last = p.tokenAt(m.end()) - 1;
        return last >= 0 && p.tokens.get(last).end() == m.end() && HELD_PEOPLE.contains(p.tokens.get(last).word());
    }

    private static boolean isKoreanSubject(String particle) {
        for (String s : KO_SUBJECT) {
            if (particle.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 보위원이 나를 끌고 갔다}: the subject acting on a person in the next two eojeol. */
    private static boolean koreanActsOnPerson(Passage p, int end) {
        int i = nextEojeol(p.text, end);
        int sentenceEnd = p.sentenceEnd(Math.max(0, end - 1));
        for (int hop = 0; hop < 2 && i < sentenceEnd; hop++) {
            if (KO_OBJECTS.contains(eojeolFrom(p.text, i))) {
                String verb = eojeolFrom(p.text, nextEojeol(p.text, i));
                return Arrays.stream(KO_KIND_VERBS).noneMatch(verb::startsWith);
            }
            i = nextEojeol(p.text, i);
        }
        return false;
    }

    /** What follows the noun in its eojeol (plural 들 skipped), or after a counter: {@code 두 명에게}. */
    static String koreanParticle(Passage p, int end) {
        end = afterGloss(p.text, end);
        String rest = eojeolFrom(p.text, end);
        for (String suffix : KO_NOUN_SUFFIXES) {
            if (rest.startsWith(suffix)) {
                rest = rest.substring(suffix.length());
            }
        }
        if (!rest.isEmpty()) {
            return rest;
        }
        int i = end;
        for (int hop = 0; hop < 2; hop++) {
            i = skipSpaces(p.text, i);
            String next = eojeolFrom(p.text, i);
            i += next.length();
            if (KO_COUNTER.matcher(next).matches()) {
                continue;
            }
            Matcher m = KO_COUNTED.matcher(next);
            return m.matches() ? m.group(1) : "";
        }
        return "";
    }

    /** {@code 교도관(간수) 3명이}: a gloss in brackets right after the noun stands between it and its particle. */
    private static int afterGloss(String text, int end) {
        if (end < text.length() && text.charAt(end) == '(') {
            for (int i = end + 1; i < Math.min(text.length(), end + GLOSS_MAX + 1); i++) {
                if (text.charAt(i) == ')') {
                    return i + 1;
                }
            }
        }
        return end;
    }

    static boolean koreanPassive(Passage p, TermMatch v) {
        int to = Math.min(p.sentenceEnd(v.start()), v.end() + 8);
        return Assertion.containsAny(p.text.substring(v.start(), to), KO_PASSIVE);
    }

    /**
     * The longest eojeol read (characters): text written without spaces is not read to its end
     * once per person named in it (10 MB of {@code 남편남편...} stays linear).
     */
    private static final int EOJEOL_MAX = 40;

    private static String eojeolFrom(String text, int i) {
        int j = i;
        int limit = Math.min(text.length(), i + EOJEOL_MAX);
        while (j < limit && !Character.isWhitespace(text.charAt(j)) && ",.;:!?()".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return text.substring(i, j);
    }

    /** {@code 보위부의 (심한) 고문}: the possessor is the agent only of an act named within two eojeol. */
    private static int nextEojeol(String text, int i) {
        int j = i;
        int limit = Math.min(text.length(), i + EOJEOL_MAX);
        while (j < limit && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return skipSpaces(text, j);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static TermMatch firstAfter(Passage p, int end, List<TermMatch> violations) {
        int i = firstAtOrAfter(violations, end);
        int sentenceEnd = p.sentenceEnd(Math.max(0, end - 1));
        return i < violations.size() && violations.get(i).start() < sentenceEnd ? violations.get(i) : null;
    }

    static boolean anyInSentence(Passage p, int offset, List<TermMatch> violations) {
        int i = firstAtOrAfter(violations, p.sentenceStart(offset));
        return i < violations.size() && violations.get(i).start() < p.sentenceEnd(offset);
    }

    /** Whether any match (sorted by start, none longer than a sentence) overlaps [start, end). */
    static boolean overlapsAny(List<TermMatch> sorted, int start, int end) {
        int i = firstAtOrAfter(sorted, start - Passage.MAX_SENTENCE);
        for (; i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Binary search in matches sorted by start: keeps role checks linear on 10 MB passages. */
    static int firstAtOrAfter(List<TermMatch> sorted, int offset) {
        return Sorted.firstAtOrAfter(sorted, TermMatch::start, offset);
    }
}

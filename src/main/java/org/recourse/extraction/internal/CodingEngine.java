package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.extraction.CodingResult;
import org.recourse.extraction.ExtractionTerm;
import org.recourse.extraction.Period;
import org.recourse.extraction.Suggestion;
import org.recourse.extraction.SuggestionKind;
import org.recourse.extraction.VictimDescriptor;

/**
 * Runs the rules over one passage: find terms, keep those the text asserts, keep perpetrators
 * only as agents, then periods, victims and the sample size. Linear in the passage length.
 */
public final class CodingEngine {

    private final TermIndex index;

    public CodingEngine(List<ExtractionTerm> terms) {
        this.index = new TermIndex(terms);
    }

    public CodingResult code(String text, String language) {
        if (text.isBlank()) {
            return CodingResult.empty(language);
        }
        Passage p = new Passage(text);
        List<TermMatch> found = index.find(text, p.tokens);
        List<TermMatch> infants = new ArrayList<>(Infants.harms(p));
        infants.addAll(Wages.taken(p));
        infants.addAll(EnglishWorkHours.longDays(p));
        infants.addAll(KoreanWorkHours.longDays(p));
        if (!infants.isEmpty()) {
            found = new ArrayList<>(found);
            found.addAll(infants);
            found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        }
        List<TermMatch> asserted = found.stream()
                .filter(m -> m.scheme().equals("perpetrator") ? !Assertion.insideAMinistry(p, m) : Assertion.asserted(p, m))
                .toList();
        List<TermMatch> violations = asserted.stream().filter(m -> m.scheme().equals("violation")).toList();
        List<TermMatch> perpetrators = asserted.stream().filter(m -> m.scheme().equals("perpetrator")).toList();
        List<TermMatch> places = asserted.stream().filter(m -> m.scheme().equals("location")).toList();
        List<Suggestion> out = new ArrayList<>();
        List<TermMatch> agencies = null;
        Map<TermMatch, Agency> agencyOf = agencyOfEach(p, violations, perpetrators, places);
        for (TermMatch m : asserted) {
            if (m.scheme().equals("location") && Places.onlyDescribes(p, m)) {
                continue;
            }
            if (!m.scheme().equals("perpetrator")) {
                String code = m.code().equals(Infants.KILLING) && Infants.inSentence(p, m) ? Infants.INFANTICIDE
                        : m.code().equals("pretrial_detention") && Places.runBySecurity(p, m, perpetrators)
                        ? "interrogation_facility"
                        : m.code().equals("prison_camp") && bareCampOfReturnees(p, m) ? "detention" : m.code();
                out.add(suggestion(p, SuggestionKind.valueOf(m.scheme().toUpperCase(java.util.Locale.ROOT)), code,
                        m.start(), m.end()));
            } else {
                Agency agency = agencyOf.get(m);
                if (agency == Agency.NONE) {
                    continue;
                }
                if (agencies == null && m.code().equals(Agencies.GENERIC)) {
                    agencies = agencies(p, violations, perpetrators);
                }
                String code = m.code().equals(Agencies.GENERIC) ? Agencies.resolve(p, m, agencies, places) : m.code();
                if (agency == Agency.MENTIONED && code.equals(Agencies.GENERIC)) {
                    continue;
                }
                if (code.equals(Agencies.GENERIC)) {
                    code = Agencies.unnamedAgency(p, m, places);
                    if (code == null) {
                        continue;
                    }
                }
                if (code.equals(Agencies.GENERIC) && p.isKorean(m)) {
                    // The coders code an agency or nobody: no Korean gold of sets C-I holds the bare parent.
                    continue;
                }
                out.add(suggestion(p, SuggestionKind.PERPETRATOR, code, m.start(), m.end()));
            }
        }
        dropPlacesInsideOthers(out);
        heldAtStateSecurity(p, perpetrators, violations, out);
        EnglishAgencyPlaces.atStateSecurity(p, perpetrators, violations).ifPresent(span -> out.add(
                suggestion(p, SuggestionKind.LOCATION, "interrogation_facility", span[0], span[1])));
        addBuyers(p, violations, perpetrators, out);
        addKinSeller(p, perpetrators, out);
        addCoercedWork(p, found, asserted, out);
        addDetentionConsequences(p, asserted, out);
        heldInAPlaceOfDetention(p, found, out);
        marriedAbroad(out);
        soldAsWife(p, out);
        assaultThatMadePregnant(p, out);
        detentionKind(out);
        questionedWhereHeld(perpetrators, out);
        detainedInAPlace(p, out);
        out.sort(java.util.Comparator.comparingInt(Suggestion::start));
        List<Found<Period>> periods = Periods.find(text);
        periods.forEach(f -> out.add(suggestion(p, SuggestionKind.PERIOD, f.value().from() + ".." + f.value().to(),
                f.start(), f.end())));
        Optional<Found<Integer>> sample = Interviewees.find(p);
        sample.ifPresent(f -> out.add(suggestion(p, SuggestionKind.INTERVIEWEE_COUNT, f.value().toString(), f.start(), f.end())));
        List<VictimDescriptor> victims = victims(p, violations, sample.orElse(null), out);
        return new CodingResult(language, codes(out, SuggestionKind.VIOLATION), codes(out, SuggestionKind.PERPETRATOR),
                codes(out, SuggestionKind.LOCATION), codes(out, SuggestionKind.RESPONSE), distinct(periods), victims,
                sample.map(Found::value), out);
    }

    /**
     * Perpetrators are not themselves negated or hedged ("I don't think the guards ever beat
     * us, but they insulted us"): the violations they are agents of are. Korean is the
     * exception: a person whose own clause is a threat, fear or denial ({@code 공안에게
     * 넘기겠다며}, {@code 보위부에 알리지 않았다는 이유로}) acts in nothing the passage asserts.
     */
    /**
     * The agency of every person named: agents of acts first; then, when some act is left
     * without an agent in its sentence (and without "by" someone the thesaurus does not know),
     * actors the passage only mentions.
     */
    private static Map<TermMatch, Agency> agencyOfEach(Passage p, List<TermMatch> violations, List<TermMatch> perpetrators,
            List<TermMatch> places) {
        Map<TermMatch, Agency> out = new java.util.HashMap<>();
        List<TermMatch> agents = new ArrayList<>();
        for (TermMatch m : perpetrators) {
            Agency a = agency(p, m, violations, perpetrators, places);
            out.put(m, a);
            if (a == Agency.OF_ACT) {
                agents.add(m);
            }
        }
        if (!out.containsValue(Agency.MENTIONED)) {
            return out;
        }
        boolean unattributed = violations.stream().anyMatch(v -> !Roles.anyInSentence(p, v.start(), agents)
                && !Actors.agentAfterBy(p, v));
        if (!unattributed) {
            out.replaceAll((m, a) -> a == Agency.MENTIONED ? Agency.NONE : a);
        }
        return out;
    }

    private static Agency agency(Passage p, TermMatch m, List<TermMatch> violations, List<TermMatch> perpetrators,
            List<TermMatch> places) {
        if (sameSpanAsViolation(m, violations)) {
            return Agency.OF_ACT;
        }
        if (glossOfAnother(p, m, perpetrators) || p.isKorean(m) && !Assertion.asserted(p, m)) {
            return Agency.NONE;
        }
        if ((questionsBy(p, m) || firedOrSwungBy(p, m)) && Roles.anyInSentence(p, m.start(), violations)) {
            return Agency.OF_ACT;
        }
        if (m.embedded() || namesItsHoldingPlace(p, m, places)) {
            return Roles.anyInSentence(p, m.start(), violations) && !otherPersonInSentence(p, m, perpetrators)
                    ? Agency.OF_ACT : Agency.NONE;
        }
        Roles.Role role = Roles.roleOf(p, m.start(), m.end(), violations, perpetrators);
        if (role == Roles.Role.AGENT) {
            return Agency.OF_ACT;
        }
        return role == Roles.Role.NONE && Actors.mentionedActor(p, m, violations)
                && (p.isKorean(m) || Assertion.asserted(p, m)) ? Agency.MENTIONED : Agency.NONE;
    }

    /**
     * "the MSS's holding facility", "a police holding cell": in English an
     * agency named right before a place of detention runs it, as {@code 보위부 구류장} in Korean
     * ("police custody" is where someone is handed, not who held them).
     */
    private static boolean namesItsHoldingPlace(Passage p, TermMatch m, List<TermMatch> places) {
        if (p.isKorean(m) || !Agencies.isAgency(m)) {
            return false;
        }
        int i = Roles.firstAtOrAfter(places, m.end());
        if (i >= places.size() || !Coercion.DETENTION_PLACES.contains(places.get(i).code())) {
            return false;
        }
        String between = p.text.substring(m.end(), places.get(i).start());
        boolean custody = p.text.substring(places.get(i).start(), places.get(i).end()).toLowerCase(java.util.Locale.ROOT)
                .startsWith("custody");
        return !custody && (between.isBlank() || between.equals("'s ") || between.equals("\u2019s "));
    }

    /**
     * How a person is a perpetrator: the agent of an act, or an actor the passage only mentions
     * ({@link Actors}), who must then be of a known kind (a bare "official" of no named agency is not)
     * and, in English, not named inside a hedge ("likely to be handed over to the police").
     */
    private enum Agency { OF_ACT, MENTIONED, NONE }

    /** Agencies the passage names, except as victims (a soldier who was beaten). */
    private static List<TermMatch> agencies(Passage p, List<TermMatch> violations, List<TermMatch> perpetrators) {
        return perpetrators.stream()
                .filter(m -> Agencies.isAgency(m))
                .filter(m -> m.embedded() || Roles.modifiesNoun(p, m)
                        || Roles.roleOf(p, m.start(), m.end(), violations, perpetrators) != Roles.Role.PATIENT)
                .toList();
    }

    private static final String[] KO_HELD = {"구금", "수감", "갇혀", "갇혔", "갇힌", "들어오", "들어왔", "들어가", "들어갔",
        "끌려"};
    /** What may stand between the agency and its particle: {@code 시설}, a department ({@code 반탐처}). */
    private static final java.util.regex.Pattern KO_UNIT = java.util.regex.Pattern.compile("(의)? ?(시설|[가-힣]{1,2}(처|과))");
    /** {@code 보위부에서 나온 요원}: the agency as where someone comes from. */
    private static final String[] KO_FROM = {"나온", "나와", "나왔", "온 ", "파견", "보낸", "보내"};
    /** {@code 보위부에 체포되어 관리소에 수감되었다}: the agency of a passive arrest is who arrested, not where. */
    private static final String[] KO_BY = {"에 체포", "에 단속", "에 붙잡", "에 잡혀", "에 잡히", "에 적발", "에 의해", "에게"};
    private static final String[] KO_ENTERED = {"들어오", "들어왔", "들어가", "들어갔", "끌려"};

    /**
     * {@code 보위부에 구금됐다}, {@code 국가보위성 시설에 구금}, {@code 보위부에 들어오니}, {@code 보위부
     * 반탐처에서 고문에 시달렸다}: state security named as where someone is held, or where an act
     * was done to them, is an interrogation facility, and being taken in there is detention.
     * Korean only; the holding word or the act follows in the same sentence.
     */
    private static void heldAtStateSecurity(Passage p, List<TermMatch> perpetrators, List<TermMatch> violations,
            List<Suggestion> out) {
        for (TermMatch m : perpetrators) {
            if (!m.code().equals("state_security") || !p.isKorean(m) || !Assertion.asserted(p, m)) {
                continue;
            }
            int e = p.sentenceEnd(m.start());
            String rest = p.text.substring(m.end(), e);
            java.util.regex.Matcher unit = KO_UNIT.matcher(rest);
            String after = unit.lookingAt() ? rest.substring(unit.end()) : rest;
            boolean at = after.startsWith("에서") && !Assertion.containsAny(after.substring(0, Math.min(after.length(), 6)), KO_FROM);
            if (!after.startsWith("에") || arrestedByThenHeldElsewhere(after)) {
                continue;
            }
            int from = e - after.length();
            int next = Roles.firstAtOrAfter(violations, from);
            boolean actThere = at && next < violations.size() && violations.get(next).start() < e;
            if (!Assertion.containsAny(after, KO_HELD) && !actThere) {
                continue;
            }
            out.add(suggestion(p, SuggestionKind.LOCATION, "interrogation_facility", m.start(), m.end()));
            if (Assertion.containsAny(after, KO_ENTERED)) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, "arbitrary_detention", m.start(), m.end()));
            }
            return;
        }
    }

    /** {@code 보위부에 체포되어 관리소에 수감되었다}: arrested by the agency, held in another named place. */
    private static boolean arrestedByThenHeldElsewhere(String after) {
        if (!Assertion.containsAny(after.substring(0, Math.min(after.length(), 5)), KO_BY)) {
            return false;
        }
        String rest = after.substring(Math.min(after.length(), 5));
        for (String held : KO_HELD) {
            if (rest.contains("에 " + held)) {
                return true;
            }
        }
        return false;
    }

    private static final String KO_CAMP = "수용소";
    private static final String[] KO_POLITICAL = {"정치범", "관리소", "강제", "요덕", "호 "};
    private static final String[] KO_ABROAD = {"중국", "공안", "투먼", "도문", "태국", "라오스", "탈북자", "탈북 여성", "탈북여성"};
    /** How far (characters) either side of the camp the passage is read for whose camp it is. */
    private static final int KO_CAMP_CONTEXT = 200;

    /**
     * {@code 중국 투먼에서 붙잡혀 수용소에 갇혔다}: a bare Korean {@code 수용소}, not named a political
     * prison camp, in a passage about people caught abroad or fleeing, is where returnees and
     * detained defectors are held (set F, G and I conventions), not a political prison camp.
     */
    private static boolean bareCampOfReturnees(Passage p, TermMatch m) {
        if (!p.isKorean(m) || !p.text.startsWith(KO_CAMP, m.start()) || m.end() - m.start() != KO_CAMP.length()) {
            return false;
        }
        String before = p.text.substring(Math.max(0, m.start() - 6), m.start());
        String around = p.text.substring(Math.max(0, m.start() - KO_CAMP_CONTEXT), Math.min(p.text.length(), m.end() + KO_CAMP_CONTEXT));
        return !Assertion.containsAny(before, KO_POLITICAL) && !around.contains("정치범")
                && Assertion.containsAny(around, KO_ABROAD);
    }

    /** "detention house": the house is part of the longer place, not a home. */
    private static void dropPlacesInsideOthers(List<Suggestion> out) {
        List<Suggestion> places = out.stream().filter(s -> s.kind() == SuggestionKind.LOCATION).toList();
        if (places.size() < 2) {
            return;
        }
        java.util.Set<Suggestion> inside = new java.util.HashSet<>();
        Suggestion longest = null;
        for (Suggestion s : places) {
            if (longest != null && !s.value().equals(longest.value()) && longest.start() <= s.start() && s.end() <= longest.end()
                    && longest.end() - longest.start() > s.end() - s.start()) {
                inside.add(s);
            }
            if (longest == null || s.end() > longest.end()) {
                longest = s;
            }
        }
        out.removeIf(inside::contains);
    }

    /**
     * The man a woman is sold to ({@link Buyers}), unless the recipient is already a known
     * perpetrator; in Korean also the man a sold woman married or calls her husband, who is
     * then her partner, and the marriage forced ({@link Buyers#koreanHusband}).
     */
    private static void addBuyers(Passage p, List<TermMatch> violations, List<TermMatch> perpetrators, List<Suggestion> out) {
        for (TermMatch v : violations) {
            if (!v.code().equals("trafficking") && !v.code().equals("forced_marriage")) {
                continue;
            }
            int[] span = Buyers.recipient(p, v);
            if (span != null && !Roles.overlapsAny(perpetrators, span[0], span[1])) {
                out.add(suggestion(p, SuggestionKind.PERPETRATOR, Buyers.CODE, span[0], span[1]));
            }
        }
        if (violations.stream().anyMatch(v -> v.code().equals("trafficking") && p.isKorean(v))) {
            int[] man = Buyers.koreanHusband(p);
            if (man != null) {
                out.add(suggestion(p, SuggestionKind.PERPETRATOR, Buyers.CODE, man[0], man[1]));
                if (man[3] == 1) {
                    out.add(suggestion(p, SuggestionKind.PERPETRATOR, "intimate_partner", man[0], man[1]));
                }
                if (man[2] == 1) {
                    out.add(suggestion(p, SuggestionKind.VIOLATION, "forced_marriage", man[0], man[1]));
                }
            }
        }
    }

    /** A relative who sold a girl ({@link KinSellers}): trafficking, by her family and her broker. */
    private static void addKinSeller(Passage p, List<TermMatch> perpetrators, List<Suggestion> out) {
        if (p.tokens.isEmpty()) {
            return;
        }
        KinSellers.find(p, perpetrators).ifPresent(span -> {
            if (out.stream().noneMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("trafficking"))) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, "trafficking", span[2], span[3]));
            }
            for (String code : List.of("family_member", "broker")) {
                if (out.stream().noneMatch(s -> s.kind() == SuggestionKind.PERPETRATOR && s.value().equals(code))) {
                    out.add(suggestion(p, SuggestionKind.PERPETRATOR, code, span[0], span[1]));
                }
            }
        });
    }

    /** A forced marriage abroad is trafficking (DOMAIN.md: "sale to a buyer, forced marriage abroad"). */
    private static void marriedAbroad(List<Suggestion> out) {
        boolean abroad = out.stream().anyMatch(s -> s.kind() == SuggestionKind.LOCATION && s.value().equals("abroad_transit"));
        boolean trafficked = out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("trafficking"));
        if (abroad && !trafficked) {
            out.stream().filter(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("forced_marriage")).findFirst()
                    .ifPresent(s -> out.add(new Suggestion(SuggestionKind.VIOLATION, "trafficking", s.start(), s.end(),
                            s.evidenceText())));
        }
    }

    /**
     * A woman sold to a man of whom the passage speaks as husband, or sold as a wife or bride,
     * was married off by force: "sold ... to a farmer. Her husband beat her", "sold either to
     * farmers as a wife". A sale to a man with no word of marriage ("sold to a farmer to work
     * on his farm") stays trafficking.
     */
    private static void soldAsWife(Passage p, List<Suggestion> out) {
        if (out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("forced_marriage"))) {
            return;
        }
        Optional<Suggestion> sale = out.stream()
                .filter(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("trafficking")).findFirst();
        boolean bought = out.stream().anyMatch(s -> s.kind() == SuggestionKind.PERPETRATOR && s.value().equals(Buyers.CODE));
        if (sale.isEmpty()) {
            return;
        }
        if (sale.get().evidenceText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            boolean toASingleMan = out.stream().anyMatch(s -> s.kind() == SuggestionKind.PERPETRATOR
                    && s.value().equals(Buyers.CODE) && Assertion.containsAny(s.evidenceText(), KO_UNMARRIED_MEN));
            if (toASingleMan) {
                Suggestion s = sale.get();
                out.add(new Suggestion(SuggestionKind.VIOLATION, "forced_marriage", s.start(), s.end(), s.evidenceText()));
            }
            return;
        }
        int from = p.sentenceStart(sale.get().start());
        int to = p.sentenceEnd(sale.get().start());
        boolean asWife = false;
        boolean husband = false;
        for (int i = 0; i < p.tokens.size(); i++) {
            String w = p.word(i);
            int at = p.tokens.get(i).start();
            if (at >= from && at < to && WIVES.contains(w) && (p.word(i - 1).equals("as")
                    || p.word(i - 1).equals("a") && p.word(i - 2).equals("as"))) {
                asWife = true;
            }
            if (at >= from && HUSBANDS.contains(w)) {
                husband = true;
            }
        }
        if (asWife || bought && husband) {
            Suggestion s = sale.get();
            out.add(new Suggestion(SuggestionKind.VIOLATION, "forced_marriage", s.start(), s.end(), s.evidenceText()));
        }
    }

    /**
     * A sexual assault told in the same sentence as a pregnancy was rape ("an unwanted
     * pregnancy after multiple sexual assaults").
     */
    private static void assaultThatMadePregnant(Passage p, List<Suggestion> out) {
        boolean assault = out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("sexual_assault"));
        if (!assault || out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("rape"))) {
            return;
        }
        out.replaceAll(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("sexual_assault")
                && pregnancyInSentence(p, s) ? new Suggestion(s.kind(), "rape", s.start(), s.end(), s.evidenceText()) : s);
    }

    /**
     * "pregnant" in the sentence of the assault; in Korean, {@code 임신} told after it, close
     * and in the same voice ({@code 성폭행을 당하고 처녀의 몸으로 임신까지 하게 되자}), not a
     * pregnant woman named before ({@code 임신부에게 낙태를 강요하고 ... 성폭행}) or a quotation.
     */
    private static boolean pregnancyInSentence(Passage p, Suggestion s) {
        if (s.evidenceText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            int end = Math.min(p.sentenceEnd(s.start()), s.end() + KO_PREGNANCY_AFTER);
            String after = p.text.substring(s.end(), Math.max(s.end(), end));
            int at = after.indexOf("임신");
            return at >= 0 && after.substring(0, at).chars().noneMatch(c -> "\"'“”‘’".indexOf(c) >= 0);
        }
        String sentence = p.text.substring(p.sentenceStart(s.start()), p.sentenceEnd(s.start())).toLowerCase(java.util.Locale.ROOT);
        return sentence.contains("pregnan");
    }

    /** How far (characters) after a Korean assault a pregnancy still counts as its result. */
    private static final int KO_PREGNANCY_AFTER = 40;

    /** {@code 노총각이나 홀아비들에게 팔려간다}: sold to men who want a wife. */
    private static final String[] KO_UNMARRIED_MEN = {"노총각", "총각", "홀아비", "신랑"};
    private static final java.util.Set<String> WIVES = java.util.Set.of("wife", "wives", "bride", "brides");
    private static final java.util.Set<String> HUSBANDS = java.util.Set.of("husband", "husbands");

    /** Work and death told in a detention place ({@link Coercion#inDetention}). */
    private static void addDetentionConsequences(Passage p, List<TermMatch> asserted, List<Suggestion> out) {
        List<TermMatch> places = asserted.stream().filter(m -> m.scheme().equals("location")).toList();
        boolean work = false;
        boolean death = false;
        for (TermMatch m : asserted) {
            if (!m.scheme().equals("location") || work && death || Places.onlyDescribes(p, m)) {
                continue;
            }
            int[] w = work ? null : Coercion.inDetention(p, m, false, places);
            if (w != null) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, Coercion.FORCED_LABOUR, w[0], w[1]));
                work = true;
            }
            int[] d = death ? null : Coercion.inDetention(p, m, true, places);
            if (d != null) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, "death_in_custody", d[0], d[1]));
                death = true;
            }
        }
        boolean hunger = false;
        for (TermMatch m : asserted) {
            boolean anchor = m.scheme().equals("location") && Coercion.HOLDING_PLACES.contains(m.code())
                    || m.code().equals("arbitrary_detention") && Roles.namesPeople(p, m);
            if (!anchor || death && hunger) {
                continue;
            }
            int[] d = death ? null : Coercion.afterHeld(p, m, true, places);
            if (d != null) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, "death_in_custody", d[0], d[1]));
                death = true;
            }
            int[] h = hunger ? null : Coercion.afterHeld(p, m, false, places);
            if (h != null) {
                out.add(suggestion(p, SuggestionKind.VIOLATION, "denial_of_resources", h[0], h[1]));
                hunger = true;
            }
        }
    }

    /**
     * Someone told of inside a place of detention was held there ("at the holding centre the
     * guards beat a woman", {@code 교화소에서 함께 지내던 언니}), unless the people told of there
     * are its staff: guards in that sentence who are not the agents ("the guards at the camp
     * were beaten by their own officers").
     */
    private static void heldInAPlaceOfDetention(Passage p, List<TermMatch> found, List<Suggestion> out) {
        if (out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("arbitrary_detention"))) {
            return;
        }
        java.util.Set<Integer> staff = sentencesWithStaffToldOf(p, found, out);
        out.stream().filter(s -> s.kind() == SuggestionKind.LOCATION && Coercion.HOLDING_PLACES.contains(s.value()))
                .filter(s -> !staff.contains(p.sentenceStart(s.start())))
                .findFirst().ifPresent(s -> out.add(new Suggestion(SuggestionKind.VIOLATION, "arbitrary_detention", s.start(), s.end(), s.evidenceText())));
    }

    /** The starts of the sentences that tell of guards who are not the agents. */
    private static java.util.Set<Integer> sentencesWithStaffToldOf(Passage p, List<TermMatch> found, List<Suggestion> out) {
        java.util.Set<Integer> agents = new java.util.HashSet<>();
        out.stream().filter(s -> s.kind() == SuggestionKind.PERPETRATOR).forEach(s -> agents.add(s.start()));
        java.util.Set<Integer> sentences = new java.util.HashSet<>();
        found.stream().filter(m -> m.code().equals("detention_guard") && !agents.contains(m.start()))
                .forEach(m -> sentences.add(p.sentenceStart(m.start())));
        return sentences;
    }

    /** Work under a threat the passage only fears or conditions ({@link Coercion}). */
    private static void addCoercedWork(Passage p, List<TermMatch> found, List<TermMatch> asserted, List<Suggestion> out) {
        if (found.size() == asserted.size()) {
            return;
        }
        java.util.Set<TermMatch> kept = new java.util.HashSet<>(asserted);
        for (TermMatch m : found) {
            if (m.scheme().equals("violation") && !kept.contains(m)) {
                int[] span = Coercion.forcedWork(p, m);
                if (span != null) {
                    out.add(suggestion(p, SuggestionKind.VIOLATION, Coercion.FORCED_LABOUR, span[0], span[1]));
                    return;
                }
            }
        }
    }

    /**
     * The parent {@code detention} adds nothing next to one of its kinds (a holding centre, a
     * camp); alone, it takes the kind the agent's agency runs: state security holds people for
     * interrogation, the police in pre-trial holding centres.
     */
    private static void detentionKind(List<Suggestion> out) {
        java.util.Set<String> agencies = new java.util.HashSet<>();
        out.stream().filter(s -> s.kind() == SuggestionKind.PERPETRATOR && !foreignForce(s)).forEach(s -> agencies.add(s.value()));
        String kind = agencies.contains("state_security") && !agencies.contains("police") ? "interrogation_facility"
                : agencies.contains("police") && !agencies.contains("state_security") ? "pretrial_detention" : null;
        if (kind != null) {
            out.replaceAll(s -> s.kind() == SuggestionKind.LOCATION && s.value().equals("detention") && isFacility(s)
                    ? new Suggestion(s.kind(), kind, s.start(), s.end(), s.evidenceText()) : s);
        }
        if (out.stream().anyMatch(s -> s.kind() == SuggestionKind.LOCATION && Coercion.DETENTION_KINDS.contains(s.value()))) {
            out.removeIf(s -> s.kind() == SuggestionKind.LOCATION && s.value().equals("detention"));
        }
    }

    /** Korean words that tell of questioning, not of a building ({@code 취조를 당했다}, {@code 조사를 받았다}). */
    private static final java.util.Set<String> KO_QUESTIONING = java.util.Set.of("취조", "조사받", "조사를 받");

    /**
     * {@code 보안서에 구속된 여성들은 심하게 취조를 당했으며 ... 구류장에 갇혔다}: questioning told in a
     * passage that names the holding place of another kind, and no state security at all, happened
     * there, not in an interrogation facility. Korean only.
     */
    private static void questionedWhereHeld(List<TermMatch> perpetrators, List<Suggestion> out) {
        boolean otherKind = out.stream().anyMatch(s -> s.kind() == SuggestionKind.LOCATION
                && Coercion.DETENTION_KINDS.contains(s.value()) && !s.value().equals("interrogation_facility"));
        if (otherKind && perpetrators.stream().noneMatch(m -> m.code().equals("state_security"))) {
            out.removeIf(s -> s.kind() == SuggestionKind.LOCATION && s.value().equals("interrogation_facility")
                    && KO_QUESTIONING.contains(s.evidenceText().replaceAll("\\s+", " ")));
        }
    }

    /**
     * "Chinese police", {@code 중국 공안}: a foreign force hands people over; the detention places
     * the passage names afterwards are North Korea's, whose kind it does not tell.
     */
    private static boolean foreignForce(Suggestion s) {
        String t = s.evidenceText().toLowerCase(java.util.Locale.ROOT);
        return t.contains("chinese") || t.contains("공안") || t.contains("중국");
    }

    /** "detention centers", {@code 구금 시설}: a building, which an agency runs (not "in custody"). */
    private static boolean isFacility(Suggestion s) {
        String t = s.evidenceText().toLowerCase(java.util.Locale.ROOT);
        return t.contains("cent") || t.contains("facilit") || t.contains("시설") || t.contains("prison");
    }

    /**
     * Being held in a detention place is detention when the passage tells of nothing else there
     * ("spent a year in a North Korean prison") or of a stay ({@code 구치소에서 3개월을 보내며},
     * "for two weeks at a holding centre"); a place named only as the scene of another act is
     * not.
     */
    private static void detainedInAPlace(Passage p, List<Suggestion> out) {
        if (out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION && s.value().equals("arbitrary_detention"))) {
            return;
        }
        boolean otherActs = out.stream().anyMatch(s -> s.kind() == SuggestionKind.VIOLATION);
        out.stream().filter(s -> s.kind() == SuggestionKind.LOCATION && Coercion.HOLDING_PLACES.contains(s.value()))
                .filter(s -> !otherActs || Coercion.stayIn(p, s.start()))
                .findFirst()
                .ifPresent(s -> out.add(new Suggestion(SuggestionKind.VIOLATION, "arbitrary_detention", s.start(), s.end(),
                        s.evidenceText())));
    }

    private static final java.util.Set<String> QUESTIONING_AGENCIES = java.util.Set.of("state_security", "police");
    private static final String[] KO_QUESTIONING_NOUNS = {"조사", "취조", "심문"};
    /** {@code 북한군이 쏜 총에 맞아}: the subject of a verb that qualifies the weapon of the act. */
    private static final String[] KO_WEAPON_VERBS = {"쏜 ", "휘두른 ", "던진 "};

    /**
     * {@code 보위부 조사를 받았다}: an agency named right before its questioning (no
     * particle between) is who holds and questions. Korean only.
     */
    private static boolean questionsBy(Passage p, TermMatch m) {
        if (!p.isKorean(m) || !QUESTIONING_AGENCIES.contains(m.code()) || m.embedded()) {
            return false;
        }
        int i = m.end() < p.text.length() && p.text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
        for (String noun : KO_QUESTIONING_NOUNS) {
            if (p.text.startsWith(noun, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 북한군이 쏜 총에 맞아 숨진}, {@code 보위원이 휘두른 몽둥이에}: the subject wielded the weapon. Korean only. */
    private static boolean firedOrSwungBy(Passage p, TermMatch m) {
        if (!p.isKorean(m) || m.end() + 1 >= p.text.length()) {
            return false;
        }
        char particle = p.text.charAt(m.end());
        int i = m.end() + 1;
        if (particle != '이' && particle != '가' || p.text.charAt(i) != ' ') {
            return false;
        }
        for (String verb : KO_WEAPON_VERBS) {
            if (p.text.startsWith(verb, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How far (characters) a bracketed gloss may run after the person it explains. */
    private static final int GLOSS_MAX = 24;

    /**
     * {@code 계호원(군인)들이}, {@code 보안원(경찰)}: a person named inside brackets
     * right after another person only explains who that one is. Korean only.
     */
    private static boolean glossOfAnother(Passage p, TermMatch m, List<TermMatch> perpetrators) {
        if (!p.isKorean(m)) {
            return false;
        }
        int open = -1;
        for (int i = m.start() - 1; i >= Math.max(0, m.start() - GLOSS_MAX); i--) {
            char c = p.text.charAt(i);
            if (c == ')' || c == '.' || c == '\n') {
                return false;
            }
            if (c == '(') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int limit = Math.min(p.text.length(), open + GLOSS_MAX + 1);
        int close = m.end();
        while (close < limit && p.text.charAt(close) != ')') {
            close++;
        }
        if (close >= limit) {
            return false;
        }
        for (int i = Roles.firstAtOrAfter(perpetrators, open - GLOSS_MAX); i < perpetrators.size()
                && perpetrators.get(i).start() < open; i++) {
            if (perpetrators.get(i).end() == open) {
                return true;
            }
        }
        return false;
    }

    /** {@code 보위부 집결소에서 간수가 ...}: the agency running a facility is not the agent when someone else is named. */
    private static boolean otherPersonInSentence(Passage p, TermMatch m, List<TermMatch> perpetrators) {
        int s = p.sentenceStart(m.start());
        int e = p.sentenceEnd(m.start());
        for (int i = Roles.firstAtOrAfter(perpetrators, s); i < perpetrators.size() && perpetrators.get(i).start() < e; i++) {
            TermMatch o = perpetrators.get(i);
            if (!o.embedded() && !o.code().equals(m.code())) {
                return true;
            }
        }
        return false;
    }

    /** A phrase that names both the act and its doer ({@code 돈 주고 샀}, "bought her"). */
    private static boolean sameSpanAsViolation(TermMatch m, List<TermMatch> violations) {
        int i = Roles.firstAtOrAfter(violations, m.start());
        return i < violations.size() && violations.get(i).start() == m.start() && violations.get(i).end() == m.end();
    }

    private static List<VictimDescriptor> victims(Passage p, List<TermMatch> violations, Found<Integer> sample,
            List<Suggestion> out) {
        List<Found<VictimDescriptor>> found = Victims.find(p, violations, sample);
        found.forEach(f -> out.add(suggestion(p, SuggestionKind.VICTIM, f.value().asValue(), f.start(), f.end())));
        LinkedHashSet<VictimDescriptor> set = new LinkedHashSet<>();
        found.forEach(f -> set.add(f.value()));
        set.removeIf(v -> v.ageBand().isEmpty() && set.stream()
                .anyMatch(o -> o.ageBand().isPresent() && o.gender().equals(v.gender())));
        return List.copyOf(set);
    }

    private static Suggestion suggestion(Passage p, SuggestionKind kind, String value, int start, int end) {
        return new Suggestion(kind, value, start, end, p.text.substring(start, end));
    }

    private static List<String> codes(List<Suggestion> all, SuggestionKind kind) {
        return all.stream().filter(s -> s.kind() == kind).map(Suggestion::value).distinct().toList();
    }

    private static List<Period> distinct(List<Found<Period>> found) {
        Map<String, Period> byYears = new LinkedHashMap<>();
        found.forEach(f -> byYears.putIfAbsent(f.value().from() + ".." + f.value().to(), f.value()));
        return List.copyOf(byYears.values());
    }
}

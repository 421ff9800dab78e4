package org.recourse.extraction.internal;

import java.util.List;
import java.util.Set;

/**
 * Places that only situate another place or tell someone's earlier life are not where the
 * events happened: "a city near the Chinese border", "a town bordering China", "a border
 * city", "she had lived in China"; {@code 국경 근처}, {@code 중국과 가까운},
 * {@code 국경과 거리가 멀고}; and a place that only describes the next one ({@code 구금 시설인
 * 구류장}) or qualifies a policy ({@code 시장통제}, {@code 국경 통제}).
 */
final class Places {

    private static final Set<String> NEAR = Set.of("near", "nearby", "bordering", "borders", "adjacent", "neighbouring",
            "neighboring", "close", "closer", "facing", "overlooking", "along", "outside", "exported", "export", "exports");
    /**
     * "her Chinese husband", "Chinese men": a nationality of people, not where they are; but a
     * woman sold or married "to a Chinese farmer" is taken to China.
     */
    private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "husband", "husbands", "wife",
            "farmer", "farmers", "in", "citizen", "citizens", "national", "nationals", "family", "families", "buyer",
            "buyers", "broker", "brokers", "partner", "boyfriend", "neighbours", "neighbors", "employer", "employers");
    /** "home to many Koreans", "sent back home": a home that is no scene. */
    private static final Set<String> HOME_DIRECTIONS = Set.of("back", "went", "go", "going", "return", "returned",
            "returning", "sent", "come", "came", "headed", "way");
    /** "the barracks housed two hundred recruits": the verb, not a home. */
    private static final Set<String> HOUSING_VERBS = Set.of("housed", "housing", "houses");
    /** "near Beijing" is still in China; "near China", "near the Chinese border" are not. */
    private static final Set<String> COUNTRIES = Set.of("china", "chinese", "russia", "russian", "mongolia", "mongolian",
            "laos", "thailand", "vietnam", "cambodia", "myanmar", "abroad", "overseas", "transit");
    /** "the prosecutor's office", "the party's office": an institution, not a workplace. */
    private static final Set<String> INSTITUTION_OWNERS = Set.of("prosecutor", "prosecutors", "prosecution", "party",
            "police", "security", "court", "government", "ministry");
    /** "a hamlet near the Chinese border": four words back for "near". */
    private static final int NEAR_WINDOW = 4;
    private static final int ORIGIN_WINDOW = 3;
    private static final int COMPARISON_WINDOW = 5;
    /** After "Chinese", words that put the act in China: its forces, places and land. */
    private static final Set<String> IN_CHINA_HEADS = Set.of("police", "policemen", "policeman", "authorities",
            "authority", "security", "public", "border", "guards", "guard", "agents", "officials", "official", "officers",
            "soldiers", "army", "military", "investigators", "interrogators", "prison", "prisons", "jail", "jails",
            "detention", "custody", "camp", "camps", "side", "territory", "soil", "hospital", "factory", "farm",
            "restaurant", "city", "cities", "town", "towns", "village", "villages", "province", "provinces", "county",
            "countryside", "riot", "government", "immigration", "cell", "cells", "court", "courts", "home", "house",
            "household", "households", "brothel", "brothels", "karaoke", "bar", "bars", "logging", "construction", "site",
            "sites", "timber", "lumber", "mine", "mines", "port", "farms", "factories", "restaurants", "company",
            "companies");
    /**
     * Country adjectives the thesaurus lists as places ("Chinese police", "a Russian timber
     * yard", "a Qatari construction site"): like "Chinese", a nationality of people or of a
     * thing names no scene.
     */
    static final Set<String> COUNTRY_ADJECTIVES = Set.of("chinese", "russian", "kuwaiti", "qatari", "mongolian",
            "laotian", "vietnamese", "cambodian", "malaysian");
    /** "because his father was Chinese": a nationality told as a predicate. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** "looks like a prison camp": a place only likened to. */
    private static final Set<String> LIKENING = Set.of("look", "looks", "looked", "looking", "more", "much", "seem",
            "seems", "seemed", "resemble", "resembled", "resembles", "operate", "operates", "operated", "operating",
            "become", "became", "becomes", "function", "functions", "functioned", "run", "runs");
    /** "border city", "Chinese border town": the place names a kind of town, not a scene. */
    private static final Set<String> TOWN_NOUNS = Set.of("city", "cities", "town", "towns", "village", "villages",
            "county", "counties", "province", "provinces", "region", "regions", "area", "areas", "point", "points", "route",
            "routes", "hub", "hubs");
    /** "the border area", "border regions": the land along the border is the border, not a town. */
    private static final Set<String> BORDER_LANDS = Set.of("area", "areas", "region", "regions");
    /** "had lived in China": pluperfect background, not the scene of the passage. */
    private static final Set<String> BACKGROUND_VERBS = Set.of("lived", "living", "worked", "stayed", "spent", "resided");
    /**
     * "market activities", "border controls", "China's repatriation policy": a place word that
     * qualifies an abstract noun, or owns something, names no scene.
     */
    private static final Set<String> ABSTRACT_HEADS = Set.of("activity", "activities", "trade", "trading", "economy",
            "prices", "price", "reform", "reforms", "system", "policy", "policies", "control", "controls", "security",
            "closure", "closures", "crackdown", "crackdowns", "rules", "regulations", "relations", "government", "embassy",
            "fee", "fees", "tax", "taxes");
    /**
     * "born in China", "grew up near the border", "her hometown on the border"; but someone
     * born in a prison camp was held there.
     */
    private static final Set<String> ORIGIN_WORDS = Set.of("born", "grew", "raised", "hometown", "native");
    private static final String[] KO_NATIONALITY_HEADS = {"손전화", "휴대폰", "휴대전화", "전화",
        "돈", "위안", "상인", "물건", "상품", "제품", "국적", "여성", "여자", "한족"};
    private static final String[] KO_DESCRIPTORS = {"살았었", "살았던", "지냈던", "거주했던", "태어", "출신",
        "근처", "인근", "부근", "접경", "가까운", "가깝", "멀고", "멀리", "멀어",
        "떨어진", "거리가 멀", "국경도시", "도시인", "수출"};

    private Places() {
    }

    /** Whether the place match only describes another place or someone's past. */
    static boolean onlyDescribes(Passage p, TermMatch m) {
        return p.isKorean(m) ? koreanDescribes(p, m) : englishDescribes(p, m);
    }

    private static boolean englishDescribes(Passage p, TermMatch m) {
        int first = p.tokenAt(m.start());
        if (p.word(first).equals("bordering")) {
            return true;
        }
        int sentence = p.sentenceStart(m.start());
        for (int i = first - 1; i >= Math.max(0, first - NEAR_WINDOW) && p.tokens.get(i).start() >= sentence; i--) {
            String w = p.word(i);
            if (NEAR.contains(w) && !(m.code().equals("abroad_transit") && !COUNTRIES.contains(p.word(first)))
                    && !(m.code().equals("border_crossing") && !situatesAPlace(p, i))) {
                return true;
            }
            if (first - i > ORIGIN_WINDOW) {
                continue;
            }
            if (ORIGIN_WORDS.contains(w) && !Coercion.HOLDING_PLACES.contains(m.code())
                    || BACKGROUND_VERBS.contains(w) && (p.word(i - 1).equals("had") || p.word(i - 2).equals("had"))) {
                return true;
            }
        }
        int last = p.tokenAt(m.end()) - 1;
        if (last >= 0 && p.tokens.get(last).possessive()) {
            return true;
        }
        boolean soldTo = soldTo(p, first);
        if (COUNTRY_ADJECTIVES.contains(p.word(first)) && last == first && !soldTo
                && (PEOPLE.contains(p.word(last + 1)) || nationalityOfAThing(p, last + 1)
                || BE.contains(p.word(first - 1)) && !IN_CHINA_HEADS.contains(p.word(last + 1)))) {
            return true;
        }
        if (EnglishPlaceMentions.noScene(p, m, first, last, sentence)) {
            return true;
        }
        if (atTheEdgeOfATown(p, first)) {
            return true;
        }
        if (comparedWith(p, first, sentence)) {
            return true;
        }
        if (m.code().equals("workplace") && institutionName(p, first, sentence)) {
            return true;
        }
        if (m.code().equals("home") && HOUSING_VERBS.contains(p.word(first)) && last == first) {
            return true;
        }
        if (m.code().equals("workplace") && p.word(first).startsWith("office") && first > 0 && p.tokens.get(first - 1).possessive()
                && INSTITUTION_OWNERS.contains(p.word(first - 1))) {
            return true;
        }
        if (m.code().equals("home") && last == first
                && (p.word(last + 1).equals("to") || HOME_DIRECTIONS.contains(p.word(first - 1)))) {
            return true;
        }
        int next = last + 1;
        return next < p.tokens.size() && joinedBySpace(p, m.end(), next)
                && (TOWN_NOUNS.contains(p.word(next)) && !borderLand(p, m, first, next)
                || ABSTRACT_HEADS.contains(p.word(next)));
    }

    /** How far before a nationality the sale's "to" may stand: "sold to an older and poor Chinese widower". */
    private static final int SOLD_TO_WINDOW = 6;
    private static final Set<String> SALES = Set.of("sold", "resold", "married", "given", "handed", "wed");

    /**
     * "to a Chinese man" close before the nationality, or further after a sale ("sold to a
     * 38-year-old Chinese man"); not "assumed to be Chinese".
     */
    private static boolean soldTo(Passage p, int first) {
        for (int k = 1; k <= 3; k++) {
            if (p.word(first - k).equals("to") && !p.word(first - k + 1).equals("be")) {
                return true;
            }
        }
        for (int k = 4; k <= SOLD_TO_WINDOW; k++) {
            if (p.word(first - k).equals("to") && (SALES.contains(p.word(first - k - 1)) || SALES.contains(p.word(first - k - 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a Chinese baby", "Chinese money", "a Chinese phone": a nationality of a thing, not where
     * anything happened; "Chinese police", "Chinese prison", "Chinese territory" still place the
     * act in China.
     */
    private static boolean nationalityOfAThing(Passage p, int next) {
        if (next >= p.tokens.size() || !joinedBySpace(p, p.tokens.get(next - 1).end(), next)) {
            return false;
        }
        String w = p.word(next);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !IN_CHINA_HEADS.contains(w);
    }

    /**
     * "worse than any labour camp", "the dormitory looks like a prison camp": a place that is
     * only compared with, or likened to, is no scene.
     */
    private static boolean comparedWith(Passage p, int first, int sentence) {
        for (int i = first - 1; i >= Math.max(0, first - COMPARISON_WINDOW) && p.tokens.get(i).start() >= sentence; i--) {
            if (p.word(i).equals("than") || p.word(i).equals("like") && LIKENING.contains(p.word(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "a city on the border", "the village at the river": the place only says where a town lies. */
    private static boolean atTheEdgeOfATown(Passage p, int first) {
        String article = p.word(first - 1);
        String preposition = p.word(first - 2);
        return (article.equals("the") || article.equals("a")) && (preposition.equals("at") || preposition.equals("on"))
                && TOWN_NOUNS.contains(p.word(first - 3));
    }

    /**
     * "the Office of the High Commissioner", "the local office of the Ministry of State
     * Security", "the local KWP office", "the district office": a capitalised office inside a
     * sentence, an office of something, of an administration or of an acronym names an
     * institution, not a workplace.
     */
    private static boolean institutionName(Passage p, int first, int sentence) {
        Token t = p.tokens.get(first);
        return p.word(first).startsWith("office")
                && (t.start() > sentence && Character.isUpperCase(p.text.charAt(t.start())) || p.word(first + 1).equals("of")
                || first > 0 && (ADMINISTRATIONS.contains(p.word(first - 1)) || acronym(p, first - 1)
                        || namedInstitution(p, first - 1, sentence)));
    }

    /** "the Ministry of Social Security branch office": the office of a body named in capitals, not at the sentence start. */
    private static boolean namedInstitution(Passage p, int i, int sentence) {
        Token t = p.tokens.get(i);
        return t.start() > sentence && Character.isUpperCase(p.text.charAt(t.start()));
    }

    /** "the district office", "the county office": an administration, not a workplace. */
    private static final Set<String> ADMINISTRATIONS = Set.of("district", "county", "city", "provincial", "municipal",
            "party", "union", "league", "management");

    /** "the KWP office", "the SWUK office": an office named by the acronym of its organisation. */
    private static boolean acronym(Passage p, int i) {
        Token t = p.tokens.get(i);
        if (t.end() - t.start() < 2) {
            return false;
        }
        for (int k = t.start(); k < t.end(); k++) {
            if (!Character.isUpperCase(p.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** How long (characters) the name of an agency may be ("the Ministry of State Security"). */
    private static final int AGENCY_NAME_MAX = 60;

    /**
     * "an MSS holding center", "State Security Department-run holding centres", "a provincial
     * Ministry of State Security provincial holding facility": a holding centre that state security runs is
     * where it interrogates (the English annotation convention; Korean reports say
     * {@code 보위부 구류장} for that and keep {@code 집결소} for transit holding).
     */
    static boolean runBySecurity(Passage p, TermMatch place, List<TermMatch> perpetrators) {
        if (p.isKorean(place)) {
            return false;
        }
        int first = p.tokenAt(place.start());
        int from = first >= 3 ? p.tokens.get(first - 3).start() : 0;
        from = Math.max(from, p.sentenceStart(place.start()));
        int sentence = p.sentenceStart(place.start());
        for (int i = Roles.firstAtOrAfter(perpetrators, Math.max(sentence, from - AGENCY_NAME_MAX)); i < perpetrators.size()
                && perpetrators.get(i).start() < place.start(); i++) {
            if (perpetrators.get(i).code().equals("state_security") && perpetrators.get(i).end() > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a village near the border", "Hyesan, a city close to the border": "near" situates a town;
     * "arrested near the border", "zones near the border" put the act in the border area.
     */
    private static boolean situatesAPlace(Passage p, int near) {
        for (int i = near - 1; i >= Math.max(0, near - 2); i--) {
            if (TOWN_NOUNS.contains(p.word(i)) || FACILITIES.contains(p.word(i)) || ORIGIN_WORDS.contains(p.word(i)) || DWELLING.contains(p.word(i))) {
                return true;
            }
        }
        return near > 0 && p.text.substring(p.tokens.get(near - 1).end(), p.tokens.get(near).start()).contains(",");
    }

    /**
     * "arrested in the border area": the land along the border is the border; not where people
     * live or come from ("families living in a border region", "phoned from a border region").
     */
    private static boolean borderLand(Passage p, TermMatch m, int first, int next) {
        if (!m.code().equals("border_crossing") || !BORDER_LANDS.contains(p.word(next))) {
            return false;
        }
        for (int i = first - 1; i >= Math.max(0, first - NEAR_WINDOW); i--) {
            if (p.word(i).equals("from") || DWELLING.contains(p.word(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> FACILITIES = Set.of("center", "centers", "centre", "centres", "camp", "camps",
            "facility", "facilities", "prison", "prisons", "post", "posts", "base", "bases", "station", "stations");
    private static final Set<String> DWELLING = Set.of("live", "lives", "living", "lived", "reside", "resides",
            "residing", "resided");

    private static boolean joinedBySpace(Passage p, int end, int next) {
        int gap = p.tokens.get(next).start() - end;
        return gap >= 0 && gap <= 2 && p.text.substring(end, p.tokens.get(next).start()).isBlank();
    }

    /**
     * {@code 중국 손전화}, {@code 중국 공안}, {@code 중국 남성에게}: a bare country name before a
     * person, a force or a thing is its nationality, not where the passage takes place (a woman
     * sold to a Chinese man is still taken abroad: that is told by the sale).
     */
    private static boolean nationalityOf(Passage p, TermMatch m) {
        if (!m.code().equals("abroad_transit") || m.end() + 1 >= p.text.length()) {
            return false;
        }
        int from = p.text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
        for (String head : KO_NATIONALITY_HEADS) {
            if (p.text.startsWith(head, from) && (from > m.end() || KO_JOINED_HEADS.contains(head))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 중국돈}: heads also written joined to the country name. */
    private static final Set<String> KO_JOINED_HEADS = Set.of("돈", "위안", "상인", "물건", "상품", "제품", "국적", "여성",
        "여자", "한족");

    /**
     * {@code 중국에서 만났다는 이유로 때렸다}, {@code 중국에 다녀왔다는 죄로}: a country named in the
     * reason or the charge for an act is what the victim is blamed for, not where the act was done.
     */
    private static boolean inTheReason(Passage p, TermMatch m) {
        if (!m.code().equals("abroad_transit")) {
            return false;
        }
        int end = Math.min(p.sentenceEnd(m.start()), m.end() + REASON_WINDOW);
        int i = m.end();
        while (i < end && p.text.charAt(i) != ',') {
            i++;
        }
        return Assertion.containsAny(p.text.substring(m.end(), i), KO_REASONS);
    }

    /** How far (characters) after the country its reason clause may end. */
    private static final int REASON_WINDOW = 30;

    private static final String[] KO_REASONS = {"는 이유로", "는 죄로", "는 혐의로"};

    /**
     * {@code 중국인 남편으로부터}, {@code 중국인 농촌 총각에게 팔리는}: a woman with a husband, or sold
     * to a man, of that country lives there; the nationality then tells where the acts were done.
     */
    private static boolean husbandOf(Passage p, int from) {
        for (String man : KO_HUSBANDS) {
            if (p.text.startsWith(man, from)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] KO_HUSBANDS = {"남편", "남성", "남자", "총각", "농촌 총각", "농민", "농부", "홀아비"};

    /** The descriptor in the rest of the eojeol or the next one: {@code 국경 근처}, {@code 중국과 가까운}. */
    private static boolean koreanDescribes(Passage p, TermMatch m) {
        if (nationalityOf(p, m)) {
            return true;
        }
        if (p.text.startsWith("지역", m.end()) || p.text.startsWith("인 ", m.end()) && !husbandOf(p, m.end() + 2)
                || p.text.startsWith("인이", m.end()) || p.text.startsWith("인으로", m.end())) {
            return true;
        }
        int end = Math.min(p.sentenceEnd(m.start()), m.end() + 20);
        int spaces = 0;
        int i = m.end();
        for (; i < end; i++) {
            char c = p.text.charAt(i);
            if (c == ',' || Character.isWhitespace(c) && ++spaces > 3) {
                break;
            }
        }
        String right = p.text.substring(m.end(), i);
        return Assertion.containsAny(right, KO_DESCRIPTORS) || right.startsWith(" 도시") || inTheReason(p, m)
                || right.startsWith("통제") || right.startsWith(" 통제");
    }
}

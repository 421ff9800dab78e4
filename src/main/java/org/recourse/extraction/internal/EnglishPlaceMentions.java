package org.recourse.extraction.internal;

import java.util.Set;

/**
 * English place words that name no scene of what is told: a verb that shares a place word's
 * stem ("crops were planted"), the goal of a journey ("crossed the river into China", "fled
 * to China"), a place word that qualifies people ("market vendors", "a street child", "her
 * home country"), a place told closed ("markets are closed", "the closure of the border"),
 * someone's earlier stay ("after living in China") and a made-in label ("a Chinese-made
 * phone"). Each rule reads a few words either side of the match, so the cost stays linear.
 */
final class EnglishPlaceMentions {

    /** Verbs of a journey whose goal follows "to" or "into": the goal is not yet where anything happened. */
    private static final Set<String> JOURNEYS = Set.of("escape", "escaped", "escaping", "escapes", "flee", "fled",
            "fleeing", "flees", "defect", "defected", "defecting", "cross", "crossed", "crossing", "crosses", "go", "going",
            "went", "goes", "head", "headed", "heading", "travel", "travelled", "traveled", "travelling", "traveling",
            "accompany", "accompanied", "return", "returned", "returning", "journey", "leave", "left", "leaving",
            "waded", "swam", "walked", "run", "ran");
    private static final Set<String> GOALS = Set.of("to", "into");
    /** "after crossing into China", "once they fled to China": the main clause happens there. */
    private static final Set<String> ARRIVALS = Set.of("after", "once", "upon", "on");
    private static final Set<String> JOINS = Set.of("and", "then", "but", "who", "which");
    /** How far before the goal's "to" the journey verb may stand ("crossed the Tumen River into China"). */
    private static final int JOURNEY_WINDOW = 6;
    /** "market vendors", "a street child", "factory workers' wages": a place word qualifying people. */
    private static final Set<String> PEOPLE_HEADS = Set.of("vendor", "vendors", "trader", "traders", "merchant",
            "merchants", "seller", "sellers", "child", "children", "kid", "kids", "boy", "boys",
            "girl", "girls", "orphan", "orphans", "people", "dweller", "dwellers", "hawker", "hawkers");
    /** "home country", "home town", "home province": where someone comes from. */
    private static final Set<String> HOMELAND_HEADS = Set.of("country", "countries", "town", "towns", "province",
            "village", "city", "county", "region", "land", "soil");
    private static final Set<String> CLOSINGS = Set.of("closure", "closing", "sealing", "shutdown", "shutting");
    private static final Set<String> CLOSED = Set.of("closed", "shut", "sealed");
    private static final Set<String> BE_WORDS = Set.of("is", "are", "was", "were", "been", "remain", "remained");
    private static final Set<String> STAYS = Set.of("living", "lived", "staying", "stayed", "working", "worked",
            "residing", "resided", "spending", "spent");
    private static final Set<String> BEFORE_OR_AFTER = Set.of("after", "before", "since");
    private static final Set<String> MADE = Set.of("made", "style", "brand", "branded", "produced", "manufactured");
    /** Codes that a verb form may still name: "jailed" is held in a jail. */
    private static final Set<String> VERB_FORM_PLACES = Set.of("workplace", "market", "home", "hospital", "public_place");

    private EnglishPlaceMentions() {
    }

    /** Whether the English place match at tokens [first, last] names no scene. */
    static boolean noScene(Passage p, TermMatch m, int first, int last, int sentence) {
        return verbForm(p, m, first, last) || goalOfAJourney(p, m, first, sentence) || qualifiesPeople(p, m, last)
                || toldClosed(p, first, last, sentence) || earlierStay(p, m, first, sentence) || madeIn(p, m, last)
                || namesABorder(p, m, first, last) || houseOfConfinement(p, m, first, sentence)
                || acrossOnTheWay(p, m, first, last);
    }

    /** "smuggled across the border", "shipped back across the river": people moved over it by others. */
    private static final Set<String> CARRIED = Set.of("smuggled", "shipped", "transported", "trucked", "ferried",
            "travel", "travels");
    /** "smuggled the two women back across the border": the verb stands up to three words before "across". */
    private static final int CARRIED_WINDOW = 3;
    /** "waded across the river into China": the border is the way to the goal. */
    private static final Set<String> ON_FOOT = Set.of("waded", "swam", "walked", "wading", "swimming", "walking");

    /**
     * "a town just across the border from the city", "smuggled across the border", "waded
     * across the river into China": a border crossed on the way, or one that situates a
     * place, is not where the act was done; "caught trying to go across the river" still is.
     */
    private static boolean acrossOnTheWay(Passage p, TermMatch m, int first, int last) {
        if (!m.code().equals("border_crossing")) {
            return false;
        }
        int i = p.word(first).equals("across") ? first : p.word(first - 1).equals("the") ? first - 2 : first - 1;
        if (!p.word(i).equals("across")) {
            return false;
        }
        int after = p.word(last + 1).equals("river") ? last + 2 : last + 1;
        if (p.word(after).equals("from")) {
            return true;
        }
        boolean toAGoal = p.word(after).equals("into") || p.word(after).equals("to");
        for (int k = i - 1; k >= Math.max(0, i - CARRIED_WINDOW); k--) {
            String verb = p.word(k);
            if (CARRIED.contains(verb) || ON_FOOT.contains(verb) && toAGoal) {
                return true;
            }
        }
        return false;
    }

    /** "locked in a house", "held inside a house": a house where someone is kept is no home of theirs. */
    private static final Set<String> CONFINED = Set.of("held", "locked", "kept", "confined", "imprisoned", "hidden",
            "trapped", "detained");
    private static final Set<String> HOUSES = Set.of("house", "houses", "home", "homes", "apartment", "flat", "room");
    /** "their house was confiscated": a house taken or pulled down is property, not a scene. */
    private static final Set<String> TAKEN = Set.of("confiscated", "seized", "demolished", "bulldozed", "expropriated");

    /**
     * "held inside a house", "locked her in their home", "the house was confiscated": a house
     * where someone is kept is no home of theirs, and one taken away is property, not a scene.
     */
    private static boolean houseOfConfinement(Passage p, TermMatch m, int first, int sentence) {
        if (!m.code().equals("home") || !HOUSES.contains(p.word(first))) {
            return false;
        }
        for (int i = first - 1; i >= Math.max(0, first - 4) && p.tokens.get(i).start() >= sentence; i--) {
            if (CONFINED.contains(p.word(i))) {
                return true;
            }
        }
        int be = first + 1;
        return BE_WORDS.contains(p.word(be)) && TAKEN.contains(p.word(be + 1));
    }

    /**
     * "the North Korea-China border", "the border with China": the country names a border,
     * which is where the passage is, not inside the country.
     */
    private static boolean namesABorder(Passage p, TermMatch m, int first, int last) {
        if (!m.code().equals("abroad_transit")) {
            return false;
        }
        String next = p.word(last + 1);
        boolean borderAfter = (next.equals("border") || next.equals("borders") || next.equals("frontier"))
                && last + 1 < p.tokens.size() && p.tokens.get(last + 1).start() - p.tokens.get(last).end() <= 2;
        boolean borderBefore = p.word(first - 1).equals("with") && p.word(first - 2).equals("border");
        return borderAfter && !Places.COUNTRY_ADJECTIVES.contains(p.word(last)) || borderBefore;
    }

    /** "crops were planted", "rice planting": one word that shares the stem of a place noun but is a verb. */
    private static boolean verbForm(Passage p, TermMatch m, int first, int last) {
        String w = p.word(first);
        return first == last && VERB_FORM_PLACES.contains(m.code()) && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /**
     * "crossed the Tumen River into China", "escaped to China", "accompany her to China": a
     * foreign country named as the goal of a journey; what the passage tells of it happens on
     * the way or later. A sale ("sold to China", "trafficked into China") is told by the sale.
     */
    private static boolean goalOfAJourney(Passage p, TermMatch m, int first, int sentence) {
        if (!m.code().equals("abroad_transit") || first == 0) {
            return false;
        }
        int to = first - 1;
        if (p.word(to).equals("the")) {
            to--;
        }
        if (to < 0 || !GOALS.contains(p.word(to)) || p.tokens.get(to).start() < sentence) {
            return false;
        }
        if (sceneFollows(p, first)) {
            return false;
        }
        for (int i = to - 1; i >= Math.max(0, to - JOURNEY_WINDOW) && p.tokens.get(i).start() >= sentence; i--) {
            String w = p.word(i);
            if (JOURNEYS.contains(w)) {
                return !ARRIVALS.contains(p.word(i - 1)) && !ARRIVALS.contains(p.word(i - 2));
            }
            if (JOINS.contains(w) || w.startsWith("sell") || w.startsWith("sold") || w.startsWith("traffick")
                    || p.text.substring(p.tokens.get(i).end(), p.tokens.get(i + 1).start()).contains(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "went to China to make money", "fled to China, where she was sold": the goal is where
     * the next clause happens; so is it after "once" or "after" the journey ("after crossing
     * into China she was raped").
     */
    private static boolean sceneFollows(Passage p, int first) {
        int next = first + 1;
        if (next >= p.tokens.size()) {
            return false;
        }
        for (int i = next; i < Math.min(p.tokens.size(), next + 4); i++) {
            if (p.word(i).equals("where")) {
                return true;
            }
        }
        String w = p.word(next);
        return w.equals("to") && !p.word(next + 1).equals("the") && !p.word(next + 1).equals("a");
    }

    /** "market vendors", "a street child", "her home country": the place word qualifies the next noun. */
    private static boolean qualifiesPeople(Passage p, TermMatch m, int last) {
        String next = p.word(last + 1);
        if (!joinedBySpace(p, last)) {
            return false;
        }
        return !m.code().equals("abroad_transit") && PEOPLE_HEADS.contains(next)
                || m.code().equals("home") && HOMELAND_HEADS.contains(next);
    }

    /** "the closure of the border", "markets are closed", "factories were shut": nobody is there. */
    private static boolean toldClosed(Passage p, int first, int last, int sentence) {
        for (int i = first - 1; i >= Math.max(0, first - 4) && p.tokens.get(i).start() >= sentence; i--) {
            if (CLOSINGS.contains(p.word(i)) && p.word(i + 1).equals("of")) {
                return true;
            }
        }
        int i = last + 1;
        if (!BE_WORDS.contains(p.word(i))) {
            return false;
        }
        i++;
        if (p.word(i).endsWith("ly")) {
            i++;
        }
        return CLOSED.contains(p.word(i)) && !p.word(i + 1).equals("in") && !p.word(i + 1).equals("inside");
    }

    /**
     * "after living in China for months", "since working in Russia", "defectors who have worked
     * in Russia": a stay before what is told, or that only describes people.
     */
    private static boolean earlierStay(Passage p, TermMatch m, int first, int sentence) {
        if (!m.code().equals("abroad_transit")) {
            return false;
        }
        int i = p.word(first).equals("in") ? first : first - 1;
        if (p.word(i).equals("the")) {
            i--;
        }
        if (!p.word(i).equals("in") || i < 2 || p.tokens.get(i - 2).start() < sentence || !STAYS.contains(p.word(i - 1))) {
            return false;
        }
        String before = p.word(i - 2);
        return BEFORE_OR_AFTER.contains(before) || (before.equals("have") || before.equals("has")) && p.word(i - 3).equals("who");
    }

    /** "a Chinese-made phone", "China-brand goods": where a thing was made. */
    private static boolean madeIn(Passage p, TermMatch m, int last) {
        if (!m.code().equals("abroad_transit") || last + 1 >= p.tokens.size()) {
            return false;
        }
        int end = p.tokens.get(last).end();
        int next = p.tokens.get(last + 1).start();
        return next == end + 1 && p.text.charAt(end) == '-' && MADE.contains(p.word(last + 1));
    }

    private static boolean joinedBySpace(Passage p, int last) {
        if (last + 1 >= p.tokens.size()) {
            return false;
        }
        int end = p.tokens.get(last).end();
        int next = p.tokens.get(last + 1).start();
        return next - end >= 1 && next - end <= 2 && p.text.substring(end, next).isBlank();
    }
}

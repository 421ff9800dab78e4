package org.recourse.extraction.internal;

import java.util.List;
import java.util.Set;

/**
 * Reports often name the agency once and then only the rank ("the preliminary investigation
 * officer", "an officer", {@code 예심원}): a generic official takes the agency the passage
 * names, the one right before it first ("state security officers"), else the nearest one; an
 * official of a detention place ("prison officials", {@code 교화소 관리자}) is its guard.
 */
final class Agencies {

    static final String GENERIC = "official";
    private static final Set<String> AGENCIES = Set.of("police", "state_security", "soldier", "detention_guard",
            "market_official", "party_official", "state_official");

    /** {@code 교화소 간부}, {@code 교화소의 한 간부}: the official belongs to the place. */
    private static final java.util.regex.Pattern OF_THE_PLACE = java.util.regex.Pattern.compile("\\s?(의\\s?)?(한\\s)?");

    private Agencies() {
    }

    /**
     * {@code 집결소에 온 사람들은 ... 간부들에게 맞았다}: with no agency named anywhere, a
     * Korean official (not "the authorities") in a sentence about a detention place named before
     * is one of its staff.
     */
    private static boolean detentionPlaceBefore(Passage p, TermMatch official, List<TermMatch> places) {
        int from = p.sentenceStart(official.start());
        for (TermMatch place : places) {
            if (place.start() >= from && place.end() <= official.start() && Coercion.DETENTION_PLACES.contains(place.code())) {
                return true;
            }
        }
        return false;
    }

    static boolean isAgency(TermMatch m) {
        return AGENCIES.contains(m.code());
    }

    /** The agency a generic official belongs to, or {@link #GENERIC} if the passage names none (then see {@link #unnamedAgency}). */
    static String resolve(Passage p, TermMatch official, List<TermMatch> agencies, List<TermMatch> places) {
        int pl = Roles.firstAtOrAfter(places, official.start()) - 1;
        for (int k = pl; k >= Math.max(0, pl - 2); k--) {
            TermMatch place = places.get(k);
            if (Coercion.DETENTION_PLACES.contains(place.code()) && place.end() <= official.start()
                    && official.start() - place.end() <= 6 && OF_THE_PLACE.matcher(p.text.substring(place.end(), official.start())).matches()) {
                return "detention_guard";
            }
        }
        int i = Roles.firstAtOrAfter(agencies, official.start());
        TermMatch before = null;
        for (int k = i - 1; k >= 0 && before == null; k--) {
            if (agencies.get(k).end() <= official.start()) {
                before = agencies.get(k);
            }
        }
        TermMatch after = null;
        for (int k = i; k < agencies.size() && after == null; k++) {
            if (agencies.get(k).start() >= official.end()) {
                after = agencies.get(k);
            }
        }
        if (before != null && p.text.substring(before.end(), official.start()).isBlank()) {
            return before.code();
        }
        int db = before == null ? Integer.MAX_VALUE : official.start() - before.end();
        int da = after == null ? Integer.MAX_VALUE : after.start() - official.end();
        TermMatch nearest = db <= da ? before : after;
        if (nearest == null && p.isKorean(official) && !p.text.startsWith("당국", official.start())
                && !p.text.substring(official.start(), official.end()).contains(KO_EXAMINER)
                && detentionPlaceBefore(p, official, places)) {
            return "detention_guard";
        }
        return nearest == null ? GENERIC : nearest.code();
    }

    /** "The authorities", {@code 당국}, "the government": the state's own, or China's police. */
    private static final List<String> AUTHORITIES = List.of("authorit", "당국", "government", "정부");
    private static final List<String> CHINA = List.of("china", "chinese", "중국");

    /**
     * A generic official whose agency the passage does not name: the state's authorities are
     * its officials ({@code state_official}) in Korean reports ({@code 당국}), China's are its
     * police (the coders' convention, DOMAIN.md); a manager ({@code 관리자}) away from any
     * detention place is a superior at work. English reports say "the authorities" of any
     * agency ("apprehended by authorities", "put to death by the authorities"): no code, null.
     */
    static String unnamedAgency(Passage p, TermMatch official, List<TermMatch> places) {
        String term = p.text.substring(official.start(), official.end()).toLowerCase(java.util.Locale.ROOT);
        if (AUTHORITIES.stream().anyMatch(term::startsWith)) {
            int from = Math.max(p.sentenceStart(official.start()), official.start() - 12);
            String before = p.text.substring(from, official.start()).toLowerCase(java.util.Locale.ROOT);
            return CHINA.stream().anyMatch(before::contains) ? "police" : p.isKorean(official) ? "state_official" : null;
        }
        if (term.startsWith("관리자") && places.stream().noneMatch(pl -> Coercion.DETENTION_PLACES.contains(pl.code()))) {
            return "workplace_superior";
        }
        return p.isKorean(official) ? koreanByContext(p, official, term, places) : GENERIC;
    }

    /** {@code 예심}: the pre-trial examination of returnees and political cases is state security's. */
    private static final String KO_EXAMINER = "예심";
    /** How far (characters) either side of the official the passage is read for its world: a few sentences, kept linear. */
    private static final int KO_CONTEXT = 300;
    private static final String[] KO_MILITARY = {"군관", "장교", "여군", "군인", "입대", "부대", "군복무", "군 복무", "중대",
        "대대", "연대", "사단"};
    /** {@code 수감자}, {@code 감방}: the passage tells of people held, whose officials are their guards. */
    private static final String[] KO_HELD = {"수감자", "감방", "죄수", "재소자", "수감된"};
    private static final String[] KO_WORK = {"노동자", "근로자", "공장", "작업", "돌격대", "기업소", "직장", "종업원", "접대원",
        "인건비", "임금", "월급", "일터", "공사장", "건설장"};

    /**
     * {@code 간부들의 성적 요구 ... 여군}, {@code 간부는 ... 노동자들에게 임금을 지불}: a Korean
     * official of no named agency belongs to the world the passage tells of, the army's or a
     * workplace's, or a prison's when it tells of the people held ({@code 감방관리과 지도원}); a
     * preliminary examiner ({@code 예심원}) is state security's.
     */
    private static String koreanByContext(Passage p, TermMatch official, String term, List<TermMatch> places) {
        if (term.contains(KO_EXAMINER)) {
            return "state_security";
        }
        if (places.stream().anyMatch(pl -> Coercion.DETENTION_PLACES.contains(pl.code()))) {
            return GENERIC;
        }
        String around = p.text.substring(Math.max(0, official.start() - KO_CONTEXT), Math.min(p.text.length(), official.end() + KO_CONTEXT));
        if (Assertion.containsAny(around, KO_HELD)) {
            return "detention_guard";
        }
        boolean military = Assertion.containsAny(around, KO_MILITARY);
        boolean work = Assertion.containsAny(around, KO_WORK);
        return military && !work ? "soldier" : work && !military ? "workplace_superior" : GENERIC;
    }
}

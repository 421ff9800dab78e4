package org.recourse.search.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Romanisation variants of places that testimonies name, folded to one canonical token, with
 * the Hangul name mapped to the same token, so {@code Hoeryŏng}, {@code Hweryong}, {@code
 * Hoeryeong} and 회령 all match each other. Variants come from McCune–Reischauer (with and
 * without breves and apostrophes, which the char filter strips first), the Revised
 * Romanization of 2000, and common press spellings.
 */
final class PlaceNames {

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        place("hoeryong", "회령", "hweryong", "hoeryeong", "hoeryung", "hoiryong");
        place("musan", "무산");
        place("chongjin", "청진", "cheongjin", "chungjin");
        place("hyesan", "혜산", "hyesaan");
        place("onsong", "온성", "onseong", "onsung");
        place("sinuiju", "신의주", "shinuiju", "sinuju", "shineuiju");
        place("pyongyang", "평양", "pyeongyang", "pyungyang");
        place("yanji", "연길", "yeongil", "yenji");
        place("tumen", "두만강", "tuman", "duman");
        place("yalu", "압록강", "amnok", "amrok", "apnok");
        place("kimchaek", "김책", "gimchaek");
        place("hamhung", "함흥", "hamheung");
    }

    private PlaceNames() {
    }

    private static void place(String canonical, String... variants) {
        CANONICAL.put(canonical, canonical);
        for (String v : variants) {
            CANONICAL.put(v, canonical);
        }
    }

    static Optional<String> canonical(String token) {
        return Optional.ofNullable(CANONICAL.get(token));
    }
}

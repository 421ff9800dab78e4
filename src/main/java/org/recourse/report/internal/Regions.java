package org.recourse.report.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * North Korean provinces grouped into five regions, the next coarser place a report may print
 * when a province would single someone out. Keys are lower-case English and Korean names.
 */
final class Regions {

    static final Map<String, String> REGION_KO = Map.of("north-east", "동북부", "north-west", "서북부",
            "west-central", "중서부", "south-west", "서남부", "south-east", "동남부");

    private static final Map<String, String> BY_PROVINCE = Map.ofEntries(
            Map.entry("north hamgyong", "north-east"), Map.entry("함경북도", "north-east"),
            Map.entry("south hamgyong", "north-east"), Map.entry("함경남도", "north-east"),
            Map.entry("ryanggang", "north-east"), Map.entry("양강도", "north-east"),
            Map.entry("rason", "north-east"), Map.entry("나선", "north-east"),
            Map.entry("north pyongan", "north-west"), Map.entry("평안북도", "north-west"),
            Map.entry("chagang", "north-west"), Map.entry("자강도", "north-west"),
            Map.entry("south pyongan", "west-central"), Map.entry("평안남도", "west-central"),
            Map.entry("pyongyang", "west-central"), Map.entry("평양", "west-central"),
            Map.entry("nampo", "west-central"), Map.entry("남포", "west-central"),
            Map.entry("north hwanghae", "south-west"), Map.entry("황해북도", "south-west"),
            Map.entry("south hwanghae", "south-west"), Map.entry("황해남도", "south-west"),
            Map.entry("kaesong", "south-west"), Map.entry("개성", "south-west"),
            Map.entry("kangwon", "south-east"), Map.entry("강원도", "south-east"));

    private Regions() {
    }

    /** The region of a province, if the province is one we know. */
    static Optional<String> of(String province) {
        String key = province.strip().toLowerCase(Locale.ROOT).replace(" province", "").replace("-do", "");
        return Optional.ofNullable(BY_PROVINCE.get(key));
    }
}

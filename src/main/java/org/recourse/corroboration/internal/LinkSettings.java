package org.recourse.corroboration.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.corroboration.LinkKind;
import org.recourse.linkage.LinkConfig;
import org.recourse.linkage.LinkOptions;

/**
 * How each kind of record is compared and blocked. The model is fixed (a documented prior m
 * and u counted on the data, see linkage's FixedModel), not EM: a collection holds dozens of
 * persons and incidents, too few pairs for EM to fit anything. Blocking is loose on purpose
 * (any one shared province, rare occupation or facility word, ...): at this size it keeps
 * nearly every pair, and at a larger size it still keeps pairs that share something telling.
 */
final class LinkSettings {

    /** Pairs below this probability are not worth a reviewer's time. */
    static final double REPORT_FLOOR = 0.2;

    private static final LinkConfig PERSONS = new LinkConfig(Map.of(
            "gender", "categorical", "ageband", "categorical", "occupation", "text", "departure", "text",
            "province", "categorical"),
            List.of(List.of("province:exact"), List.of("occupation:tokens2"), List.of("ageband:exact", "departure:exact"),
                    List.of("gender:exact", "ageband:exact")),
            Optional.empty(), true);

    private static final LinkConfig INCIDENTS = new LinkConfig(Map.of(
            "violations", "text", "perpetrators", "text", "locationtype", "categorical", "country", "categorical",
            "province", "categorical", "facility", "text", "yearfrom", "year", "yearto", "year"),
            List.of(List.of("facility:tokens2"), List.of("province:exact"), List.of("violations:tokens1", "yearfrom:exact"),
                    List.of("perpetrators:tokens1", "locationtype:exact")),
            Optional.empty(), true);

    private LinkSettings() {
    }

    static LinkOptions options(LinkKind kind) {
        return LinkOptions.defaults().withReportFloor(REPORT_FLOOR)
                .withConfig(kind == LinkKind.PERSON ? PERSONS : INCIDENTS);
    }
}

package org.recourse.report.internal;

import java.util.Set;

/** What a count counts: distinct incidents, acts, victims or testimonies. */
public enum Measure {
    INCIDENTS, ACTS, VICTIMS, TESTIMONIES;

    Set<String> units(CodedAct a) {
        return switch (this) {
            case INCIDENTS -> Set.of(a.incident().id().toString());
            case ACTS -> Set.of(a.act().id().toString());
            case VICTIMS -> Set.of(a.victim());
            case TESTIMONIES -> a.testimonies();
        };
    }

    public String key() {
        return "measure." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

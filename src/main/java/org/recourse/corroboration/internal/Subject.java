package org.recourse.corroboration.internal;

import java.util.Set;
import org.recourse.linkage.LinkRecord;

/** A person or incident as the linker sees it (coarse fields only), with the sources that tell of it. */
public record Subject(LinkRecord record, Set<String> sources) {

    public Subject {
        sources = Set.copyOf(sources);
    }

    public String id() {
        return record.id();
    }

    /** Whether some source tells of one and another source of the other: the pair crosses sources. */
    boolean crossesSourcesWith(Subject other) {
        return sources.stream().anyMatch(a -> other.sources.stream().anyMatch(b -> !a.equals(b)));
    }
}

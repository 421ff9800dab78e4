package org.recourse.search;

import java.util.Set;

/**
 * What the caller may see: the access tags granted to them. A passage is visible when every
 * one of its access tags is granted; untagged passages are visible to all. The search applies
 * this before counting, faceting or highlighting, so nothing else leaks.
 */
public record Visibility(Set<String> grantedTags) {

    public Visibility {
        grantedTags = grantedTags == null ? Set.of() : Set.copyOf(grantedTags);
    }

    /** Only untagged passages. */
    public static Visibility untaggedOnly() {
        return new Visibility(Set.of());
    }

    public static Visibility granting(String... tags) {
        return new Visibility(Set.of(tags));
    }
}

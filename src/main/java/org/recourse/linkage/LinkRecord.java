package org.recourse.linkage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One record to link: its id in the source file and its field values (blank values may be left out). */
public record LinkRecord(String id, Map<String, String> fields) {

    public LinkRecord {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a record needs an id");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        fields = java.util.Collections.unmodifiableMap(copy);
    }
}

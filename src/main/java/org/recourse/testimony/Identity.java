package org.recourse.testimony;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's identifying fields, decrypted for one authorised caller (each reveal is audited).
 * Never part of {@link Person}; {@link #toString()} never shows the values, so an identity in a
 * log line or exception message says nothing.
 */
public record Identity(PersonId personId, Map<IdentityField, String> values) {

    public Identity {
        EnumMap<IdentityField, String> copy = new EnumMap<>(IdentityField.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public String get(IdentityField field) {
        return values.getOrDefault(field, "");
    }

    /** Every field by its code, empty text for fields not set: what forms and JSON show. */
    public Map<String, String> byCode() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (IdentityField f : IdentityField.values()) {
            out.put(f.code(), get(f));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Identity[" + personId + ", " + values.size() + " fields, sealed]";
    }
}

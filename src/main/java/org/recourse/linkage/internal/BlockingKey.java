package org.recourse.linkage.internal;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A blocking rule: records sharing any of their keys become candidate pairs (Christen 2012,
 * "Data Matching", chapter 4). {@code keys} answers an empty array when the record has none.
 * {@code fields} are the fields its keys are made of; the first is the field whose errors the
 * rule is meant to survive, the others only split its blocks. A block larger than the cap is
 * dropped when {@code window} is 0; otherwise its records are sorted by the value of the
 * rule's first field, then by the other fields, and each is paired with the next
 * {@code window - 1} only (sorted
 * neighbourhood, Hernández and Stolfo 1995), so a value shared by hundreds of true copies
 * still links them, at a bounded number of pairs per record.
 */
public record BlockingKey(String name, List<String> fields, IntFunction<String[]> keys, int window) {

    static final String[] NONE = new String[0];

    public BlockingKey(String name, List<String> fields, IntFunction<String[]> keys) {
        this(name, fields, keys, 0);
    }

    BlockingKey(String name, String field, IntFunction<String[]> keys) {
        this(name, List.of(field), keys, 0);
    }

    /** The same keys, with blocks over the cap paired within a sliding window instead of dropped. */
    BlockingKey windowed(int size) {
        return new BlockingKey(name + " window " + size, fields, keys, size);
    }

    /** The field whose errors the rule is meant to survive. */
    public String field() {
        return fields.get(0);
    }

    /** Records agreeing on both keys; only single-valued keys are combined. */
    BlockingKey and(BlockingKey other) {
        return new BlockingKey(name + " & " + other.name, Stream.concat(fields.stream(), other.fields.stream()).toList(), r -> {
            String[] a = keys.apply(r);
            String[] b = other.keys.apply(r);
            return a.length == 1 && b.length == 1 ? new String[] {a[0] + "\u0001" + b[0]} : NONE;
        });
    }

    static String[] one(String key) {
        return key == null || key.isEmpty() ? NONE : new String[] {key};
    }
}

package org.recourse.files;

import java.util.List;

/**
 * What {@code files verify} found: how many stored files were re-hashed, which no longer match
 * their hash (or do not decrypt), which the database names but the folder lacks, which lie in
 * the folder without being known (never served), and which were destroyed when the person they
 * belong to withdrew all consent (their key is gone: not damage, and nothing to restore).
 */
public record FileVerification(int checked, long bytes, List<String> damaged, List<String> missing, List<String> unknown,
        List<String> destroyed) {

    public FileVerification {
        damaged = List.copyOf(damaged);
        missing = List.copyOf(missing);
        unknown = List.copyOf(unknown);
        destroyed = List.copyOf(destroyed);
    }

    public boolean intact() {
        return damaged.isEmpty() && missing.isEmpty();
    }
}

package org.recourse.files.internal;

/** A file now stored: its hash, plaintext size, and whether this call added it (false: it was there already). */
public record WrittenFile(String sha256, long size, boolean created) {
}

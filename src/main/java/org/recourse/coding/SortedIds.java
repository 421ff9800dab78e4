package org.recourse.coding;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Random (version 4) ids for the records of one import, handed out in ascending order of their
 * text form. Inserted in that order they fill the primary-key B-trees left to right, as
 * time-ordered ids (UUIDv7) would, but reveal nothing: a v7 id carries its creation time to the
 * millisecond into every URL and export, and the time a record was coded can point to when
 * and where an interview took place.
 */
final class SortedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SortedIds() {
    }

    static List<UUID> of(int n) {
        java.nio.ByteBuffer random = java.nio.ByteBuffer.allocate(16 * n);
        RANDOM.nextBytes(random.array());
        long[] high = new long[n];
        for (int i = 0; i < n; i++) {
            // Version 4 in the high half; the sign bit flipped so that a signed sort is the
            // unsigned order, which is the order of the hex text that is stored and compared.
            high[i] = ((random.getLong(16 * i) & ~0xF000L) | 0x4000L) ^ Long.MIN_VALUE;
        }
        Arrays.sort(high);
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            long low = (random.getLong(16 * i + 8) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            ids[i] = new UUID(high[i] ^ Long.MIN_VALUE, low);
        }
        return Arrays.asList(ids);
    }
}

package org.recourse.coding;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
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
        UUID[] ids = new UUID[n];
        byte[] all = new byte[16 * n];
        RANDOM.nextBytes(all);
        for (int i = 0; i < n; i++) {
            ids[i] = v4(Arrays.copyOfRange(all, 16 * i, 16 * i + 16));
        }
        // Unsigned order of the two halves is the order of the hex text that is stored and compared.
        Arrays.sort(ids, Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned));
        return Arrays.asList(ids);
    }

    private static UUID v4(byte[] b) {
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }
}

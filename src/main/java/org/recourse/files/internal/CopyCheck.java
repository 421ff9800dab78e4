package org.recourse.files.internal;

import java.util.OptionalLong;

/** A copy checked: its plaintext size when it matches its hash; otherwise damaged, or its key destroyed. */
public record CopyCheck(OptionalLong size, boolean keyDestroyed) {

    public boolean intact() {
        return size.isPresent();
    }
}


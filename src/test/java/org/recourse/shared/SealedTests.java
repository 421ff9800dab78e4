package org.recourse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedTests {

    @Test
    void aSealedValueNeverShowsInTextButCanBeRevealed() {
        Sealed<String> name = Sealed.of("Fictional Name");
        assertThat(name.toString()).isEqualTo("[sealed]").doesNotContain("Fictional");
        assertThat("holder " + name).doesNotContain("Fictional");
        assertThat(name.reveal()).isEqualTo("Fictional Name");
    }
}

package org.recourse.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayOffsetsTests {

    @Test
    void browserOffsetsCountEachCrLfOnceAndMapBackToStoredOffsets() {
        String stored = "ab\r\ncd\r\nef";
        // The browser shows "ab\ncd\nef": "cd" is at 3..5 there, at 4..6 in the stored text.
        assertThat(DisplayOffsets.toStored(stored, 3)).isEqualTo(4);
        assertThat(DisplayOffsets.toStored(stored, 5)).isEqualTo(6);
        assertThat(stored.substring(DisplayOffsets.toStored(stored, 3), DisplayOffsets.toStored(stored, 5))).isEqualTo("cd");
    }

    @Test
    void storedOffsetsMapToDisplayOffsetsAndBack() {
        String stored = "ab\r\ncd\r\nef";
        assertThat(DisplayOffsets.toDisplay(stored, 4)).isEqualTo(3);
        assertThat(DisplayOffsets.toDisplay(stored, 8)).isEqualTo(6);
        for (int display = 0; display <= 8; display++) {
            assertThat(DisplayOffsets.toDisplay(stored, DisplayOffsets.toStored(stored, display))).isEqualTo(display);
        }
    }

    @Test
    void textWithoutCarriageReturnsKeepsItsOffsets() {
        assertThat(DisplayOffsets.toStored("한국어 text\nmore", 7)).isEqualTo(7);
    }
}

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

    @Test
    void everyOffsetOfRandomTextMapsAsCountingCharacterByCharacterWould() {
        java.util.Random random = new java.util.Random(8);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(switch (random.nextInt(5)) { case 0 -> "\r\n"; case 1 -> "\r"; case 2 -> "\n"; case 3 -> "가"; default -> "x"; });
            }
            String stored = b.toString();
            DisplayOffsets offsets = DisplayOffsets.of(stored);
            for (int n = -1; n <= stored.length() + 1; n++) {
                assertThat(offsets.toDisplay(n)).as("toDisplay %d of %s", n, stored).isEqualTo(countedDisplay(stored, n));
                assertThat(offsets.toStored(n)).as("toStored %d of %s", n, stored).isEqualTo(countedStored(stored, n));
            }
        }
    }

    /** The reference: walk the stored text, one shown character at a time. */
    private static int countedStored(String stored, int display) {
        int shown = 0;
        int i = 0;
        while (i < stored.length() && shown < display) {
            i += stored.startsWith("\r\n", i) ? 2 : 1;
            shown++;
        }
        return i;
    }

    private static int countedDisplay(String stored, int offset) {
        int shown = 0;
        for (int i = 0; i < offset && i < stored.length(); i++) {
            if (!stored.startsWith("\r\n", i)) {
                shown++;
            }
        }
        return shown;
    }
}

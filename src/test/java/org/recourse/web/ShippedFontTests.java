package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Hangul font served to browsers without a Korean font must pass Chrome's font sanitizer (OTS),
 * which rejects a whole font for one zero-length table: the browser then shows boxes for all Korean text.
 */
class ShippedFontTests {

    @Test
    void theShippedHangulFontHasNoEmptyTableForBrowsersToReject() throws IOException {
        Map<String, Integer> tables = tables("/static/fonts/NanumGothic.ttf");

        assertThat(tables).containsKeys("cmap", "glyf", "head", "loca");
        assertThat(tables).allSatisfy((tag, length) -> assertThat(length).as(tag).isPositive());
    }

    /** The table directory of a TrueType file: tag to length (OpenType spec, "Table Directory"). */
    private static Map<String, Integer> tables(String resource) throws IOException {
        try (InputStream in = ShippedFontTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            ByteBuffer font = ByteBuffer.wrap(in.readAllBytes());
            assertThat(font.getInt(0)).as("TrueType outlines").isEqualTo(0x00010000);
            int count = Short.toUnsignedInt(font.getShort(4));
            Map<String, Integer> tables = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                int at = 12 + 16 * i;
                byte[] tag = new byte[4];
                font.get(at, tag);
                tables.put(new String(tag, StandardCharsets.US_ASCII), font.getInt(at + 12));
            }
            return tables;
        }
    }
}

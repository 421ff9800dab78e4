package org.recourse.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COPY's text format as written for PostgreSQL. Fictional values. */
class CopyRowsTests {

    @Test
    void tabsNewlinesBackslashesAreEscapedNullIsBackslashNAndTextIsUtf8() {
        List<Object[]> rows = List.of(new Object[] {"a\tb", null, 3, "line\r\nnext", "\\N", "회령"},
                new Object[] {"", "\\.", 0, "end\\", null, "x"});
        String text = new String(CopyRows.text(rows), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("a\\tb\t\\N\t3\tline\\r\\nnext\t\\\\N\t회령\n"
                + "\t\\\\.\t0\tend\\\\\t\\N\tx\n");
    }
}

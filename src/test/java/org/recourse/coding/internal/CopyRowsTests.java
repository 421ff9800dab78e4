package org.recourse.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.support.Postgres;

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

    @Test
    void aRowTheServerRefusesIsReportedWithoutItsValues() throws Exception {
        Postgres.requireReachable();
        String schema = Postgres.freshSchema();
        try (Connection c = DriverManager.getConnection(Postgres.URL, Postgres.USER, Postgres.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            try {
                s.execute("CREATE TABLE " + schema + ".incidents (id text, title varchar(5))");
                List<Object[]> rows = List.<Object[]>of(new Object[] {"i1", "Fictional title naming a village"});
                SQLException e = catchThrowableOfType(SQLException.class,
                        () -> CopyRows.copy(c, schema + ".incidents", "id, title", rows));
                assertThat(e.getMessage()).contains("COPY into " + schema + ".incidents failed", "too long")
                        .doesNotContain("village");
                assertThat(e.getCause()).isNull();
                assertThat(e.getSQLState()).isEqualTo("22001");
            } finally {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}

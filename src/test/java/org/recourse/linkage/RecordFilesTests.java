package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.shared.InvalidInputException;

class RecordFilesTests {

    @TempDir
    Path dir;

    @Test
    void readsPipesLatin1QuotedNewlinesAndSpacesAfterCommas() throws Exception {
        Path psv = write("a.psv", "id|name\r\n1|\"two\nlines\"\r\n2|plain\r\n".getBytes(StandardCharsets.UTF_8));
        List<LinkRecord> records = RecordFiles.read(psv, "id", Set.of());
        assertThat(records.get(0).fields().get("name")).isEqualTo("two\nlines");
        Path latin = write("b.csv", "id, name\n1, Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(RecordFiles.read(latin, "id", Set.of()).get(0).fields().get("name")).isEqualTo("Jos\u00e9");
    }

    @Test
    void emptyFileIsRefusedByName() throws Exception {
        Path f = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> RecordFiles.read(f, "id", Set.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("empty");
    }

    @Test
    void raggedRowIsRefusedWithItsLine() throws Exception {
        Path f = write("ragged.csv", "id,name\n1,a\n2,b,c\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecordFiles.read(f, "id", Set.of())).hasMessageContaining("ragged.csv")
                .hasMessageContaining("line 3").hasMessageContaining("3 fields");
    }

    @Test
    void repeatedIdIsRefusedWithBothLines() throws Exception {
        Path f = write("dup.csv", "id,name\n1,a\n2,b\n1,c\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecordFiles.read(f, "id", Set.of())).hasMessageContaining("dup.csv")
                .hasMessageContaining("line 4").hasMessageContaining("line 2");
    }

    @Test
    void missingIdColumnIsRefusedListingTheColumns() throws Exception {
        Path f = write("noid.csv", "key,name\n1,a\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecordFiles.read(f, "id", Set.of())).hasMessageContaining("noid.csv")
                .hasMessageContaining("no column 'id'").hasMessageContaining("key, name");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}

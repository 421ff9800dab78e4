package org.recourse.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON refuses the NUL character in any string, which PostgreSQL cannot store; other text reads as sent. */
class JsonConfigTests {

    record Grant(String username, List<String> fields) {
    }

    private final JsonMapper mapper = JsonMapper.builder().addModule(new JsonConfig().stringsWithoutNul()).build();

    @Test
    void aStringHoldingNulIsRefusedInAFieldOrAList() {
        assertThatThrownBy(() -> mapper.readValue("{\"username\":\"a\\u0000b\",\"fields\":[]}", Grant.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> mapper.readValue("{\"username\":\"a\",\"fields\":[\"x\",\"\\u0000\"]}", Grant.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"phone\":\"\\u0000\"}", Map.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void otherTextIncludingControlCharactersAndKoreanReadsAsSent() {
        Grant g = mapper.readValue("{\"username\":\"증인 1\\t\\u0007\",\"fields\":[\"legal_name\"]}", Grant.class);

        assertThat(g.username()).isEqualTo("증인 1\t\u0007");
        assertThat(g.fields()).containsExactly("legal_name");
    }
}

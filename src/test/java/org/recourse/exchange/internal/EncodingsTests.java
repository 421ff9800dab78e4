package org.recourse.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recourse.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class EncodingsTests {

    @Test
    void utf8WithAReplacementCharacterWrittenInTheFileIsStillReadAsUtf8() {
        String text = "title\nFICTIONAL 보위부 \uFFFD mark\n";
        assertThat(Encodings.decode(text.getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isEqualTo(new Encodings.Decoded(text, "UTF-8"));
    }

    @Test
    void malformedUtf8IsNotReadAsUtf8() {
        // A truncated three-byte sequence, then Latin-1 bytes: neither UTF-8 nor CP949 with Hangul.
        byte[] bytes = {'t', 'i', 't', 'l', 'e', '\n', (byte) 0xEB, (byte) 0xB3, '\n', (byte) 0xE9, 't', 'e', '\n'};
        assertThat(Encodings.strict(bytes, StandardCharsets.UTF_8)).isEmpty();
        assertThatThrownBy(() -> Encodings.decode(bytes, Optional.empty())).isInstanceOf(InvalidInputException.class);
    }
}

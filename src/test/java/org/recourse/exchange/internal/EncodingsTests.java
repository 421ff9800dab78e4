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

    @Test
    void anEmptyFileIsToldAsEmpty() {
        assertThatThrownBy(() -> Encodings.decode(" \n".getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the file is empty");
    }

    @Test
    void utf16AndBinaryFilesAreToldAsSuchNotReadAsKorean() {
        byte[] utf16 = "title\nFICTIONAL 보위부\n".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> Encodings.decode(utf16, Optional.empty())).hasMessageContaining("UTF-16");
        assertThat(Encodings.decode(utf16, Optional.of(StandardCharsets.UTF_16)).text()).contains("보위부");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xB0,
            (byte) 0xA1};
        assertThatThrownBy(() -> Encodings.decode(png, Optional.empty())).hasMessageContaining("is not a text file");
    }
}

package org.recourse.exchange.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recourse.shared.InvalidInputException;

/**
 * Decodes an imported text file. UTF-8 (with or without a byte order mark) is taken when the
 * bytes are valid UTF-8; otherwise CP949 (the Windows superset of EUC-KR that Korean
 * spreadsheets save) when the bytes decode strictly as CP949 and contain Hangul; otherwise the
 * user is asked to choose the encoding.
 */
public final class Encodings {

    public static final Charset CP949 = Charset.forName("x-windows-949");

    private Encodings() {
    }

    /** Text and the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes, Optional<Charset> chosen) {
        if (chosen.isPresent()) {
            return strict(bytes, chosen.get()).map(t -> new Decoded(stripBom(t), chosen.get().name()))
                    .orElseThrow(() -> new InvalidInputException("encoding",
                            "the file is not valid " + chosen.get().name() + "; choose another encoding"));
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(stripBom(utf8.get()), "UTF-8");
        }
        Optional<String> korean = strict(bytes, CP949).filter(Encodings::hasHangul);
        if (korean.isPresent()) {
            return new Decoded(korean.get(), "CP949");
        }
        throw new InvalidInputException("encoding",
                "the file is neither UTF-8 nor Korean CP949/EUC-KR; choose its encoding (for example --encoding windows-1252)");
    }

    static Optional<String> strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own decoding, several times faster on a large file, replaces malformed
            // bytes with U+FFFD: without one in the result, nothing was malformed. With one (or a
            // U+FFFD written in the file), the strict decoder below decides.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}

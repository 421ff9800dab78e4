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
            if (utf8.get().isBlank()) {
                throw new InvalidInputException("file", "the file is empty");
            }
            return new Decoded(stripBom(utf8.get()), "UTF-8");
        }
        refuseBinary(bytes);
        Optional<String> korean = strict(bytes, CP949).filter(Encodings::hasHangul);
        if (korean.isPresent()) {
            return new Decoded(korean.get(), "CP949");
        }
        throw new InvalidInputException("encoding",
                "the file is neither UTF-8 nor Korean CP949/EUC-KR; choose its encoding (for example --encoding windows-1252)");
    }

    /** Zero bytes are never in UTF-8 or CP949 text: UTF-16 (told as such), or not text at all (an image, say). */
    private static void refuseBinary(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new InvalidInputException("encoding", "the file is UTF-16 text; save it as UTF-8 or choose"
                    + " --encoding UTF-16");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException("file", "is not a text file (it holds zero bytes, as an image or"
                        + " a program does)");
            }
        }
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

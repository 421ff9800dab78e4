package org.recourse.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.recourse.shared.InvalidInputException;

/**
 * Reads a transcript file (plain text, Markdown or DOCX) as a title and a body. Markdown is
 * kept as written (passages are character spans of the stored text); its first heading, if
 * any, is the title. The language is Korean when at least a third of the letters are Hangul (Korean transcripts carry Latin names and notes).
 */
public final class Transcripts {

    /** A transcript read from a file. */
    public record Transcript(String title, String body, String language, String encoding) {
    }

    private Transcripts() {
    }

    public static boolean handles(String fileName) {
        return extension(fileName).map(e -> e.equals("txt") || e.equals("md") || e.equals("docx")).orElse(false);
    }

    public static Transcript read(String fileName, byte[] bytes, Optional<java.nio.charset.Charset> charset) {
        String ext = extension(fileName).orElse("");
        String fallbackTitle = stem(fileName);
        if (ext.equals("docx")) {
            return of(fallbackTitle, docx(bytes), "DOCX", false);
        }
        Encodings.Decoded text = Encodings.decode(bytes, charset);
        return of(fallbackTitle, text.text(), text.encoding(), ext.equals("md"));
    }

    private static Transcript of(String fallbackTitle, String body, String encoding, boolean markdown) {
        if (body.isBlank()) {
            throw new InvalidInputException("file", "the transcript is empty");
        }
        if (body.indexOf('\u0000') >= 0) {
            throw new InvalidInputException("file", Table.NUL);
        }
        String title = markdown ? body.lines().filter(l -> l.startsWith("#")).findFirst()
                .map(l -> l.replaceFirst("^#+\\s*", "").strip()).filter(t -> !t.isEmpty()).orElse(fallbackTitle)
                : fallbackTitle;
        return new Transcript(title.length() > 300 ? title.substring(0, 300) : title, body, language(body), encoding);
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                sb.append(p.getText()).append('\n');
            }
            return sb.toString().strip();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "is not a readable DOCX document");
        }
    }

    static String language(String text) {
        long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && hangul * 3 >= letters ? "ko" : "en";
    }

    public static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String stem(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}

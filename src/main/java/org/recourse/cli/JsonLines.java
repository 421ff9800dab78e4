package org.recourse.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads lines without trusting their length: a line longer than the limit is skipped to its
 * end and reported as too long, so one runaway line cannot exhaust memory.
 */
final class JsonLines {

    /** One line, or the news that it was too long. */
    record Line(int number, Optional<String> text) {
    }

    private final Reader in;
    private final int maxChars;
    private int number;
    private boolean eof;

    JsonLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    Optional<Line> next() throws IOException {
        if (eof) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (sb.length() < maxChars) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        eof = c < 0;
        if (eof && sb.isEmpty() && !tooLong) {
            return Optional.empty();
        }
        number++;
        return Optional.of(new Line(number, tooLong ? Optional.empty() : Optional.of(sb.toString())));
    }
}

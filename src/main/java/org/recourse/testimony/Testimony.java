package org.recourse.testimony;

import java.time.Instant;
import java.util.Optional;
import org.recourse.shared.FuzzyDate;

/**
 * A statement by one person in one source. {@code body} is the transcript in its own
 * {@code language} ("ko" or "en"); {@code translation} the other language, possibly empty.
 */
public record Testimony(TestimonyId id, SourceId sourceId, Optional<PersonId> speakerId, String title, String language,
        String body, String translation, FuzzyDate recordedOn, String interviewer, Instant createdAt) {

    /** The text of one part, "body" or "translation". */
    public String text(String part) {
        return "translation".equals(part) ? translation : body;
    }
}

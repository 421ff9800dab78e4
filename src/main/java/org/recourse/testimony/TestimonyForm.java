package org.recourse.testimony;

/** A new testimony as entered; ids as text, the date in FuzzyDate's written form. */
public record TestimonyForm(String sourceId, String speakerId, String title, String language, String body,
        String translation, String recordedOn, String interviewer) {
}

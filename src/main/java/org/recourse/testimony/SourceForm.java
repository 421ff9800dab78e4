package org.recourse.testimony;

/** A new source as entered; {@code obtainedOn} in FuzzyDate's written form. */
public record SourceForm(String kind, String title, String obtainedBy, String obtainedOn, String howObtained,
        String reliability, String notes) {
}

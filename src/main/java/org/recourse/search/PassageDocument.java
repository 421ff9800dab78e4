package org.recourse.search;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One passage as the index sees it. Codes are thesaurus codes ({@code rape}, {@code police},
 * {@code pretrial_detention}); {@code accessTags} mark who may see it (a restricted source id,
 * {@code consent-withdrawn}); a passage with no tags is visible to every investigator.
 * {@code language} is {@code ko}, {@code en} or {@code auto} (detected from the script).
 * The text must not carry identifying data beyond what the transcript holds.
 */
public record PassageDocument(
        String passageId,
        String testimonyId,
        String sourceId,
        String language,
        String text,
        OptionalInt yearFrom,
        OptionalInt yearTo,
        List<String> violations,
        List<String> perpetrators,
        List<String> locations,
        String country,
        Set<String> accessTags) {

    public PassageDocument {
        requireId(passageId, "passageId");
        requireId(testimonyId, "testimonyId");
        sourceId = sourceId == null ? "" : sourceId;
        language = language == null || language.isBlank() ? "auto" : language.strip();
        text = Objects.requireNonNull(text, "text");
        yearFrom = yearFrom == null ? OptionalInt.empty() : yearFrom;
        yearTo = yearTo == null ? yearFrom : yearTo;
        if (yearFrom.isPresent() != yearTo.isPresent()) {
            yearTo = yearTo.isPresent() ? yearTo : yearFrom;
            yearFrom = yearFrom.isPresent() ? yearFrom : yearTo;
        }
        if (yearFrom.isPresent() && yearTo.getAsInt() < yearFrom.getAsInt()) {
            throw new IllegalArgumentException("the year range ends before it starts");
        }
        violations = violations == null ? List.of() : List.copyOf(violations);
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        locations = locations == null ? List.of() : List.copyOf(locations);
        country = country == null ? "" : country;
        accessTags = accessTags == null ? Set.of() : Set.copyOf(accessTags);
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** A passage with text only: no codes, no date, visible to all. */
    public static PassageDocument plain(String passageId, String testimonyId, String text) {
        return new PassageDocument(passageId, testimonyId, "", "auto", text, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), List.of(), List.of(), "", Set.of());
    }
}

package org.recourse.extraction;

import java.util.List;
import java.util.Objects;

/**
 * One thesaurus term as the coder sees it: scheme ({@code violation}, {@code perpetrator},
 * {@code location}, {@code response}), stable code, labels and synonyms in either language.
 * Korean labels joined by a middle dot without spaces ({@code 교도관·경비원}) are alternatives.
 */
public record ExtractionTerm(String scheme, String code, String labelEn, String labelKo, List<String> synonyms) {

    public ExtractionTerm {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        labelEn = labelEn == null ? "" : labelEn;
        labelKo = labelKo == null ? "" : labelKo;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}

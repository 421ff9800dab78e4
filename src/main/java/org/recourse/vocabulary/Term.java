package org.recourse.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One term of a thesaurus: a stable code with English and Korean labels. */
public record Term(String scheme, String code, Optional<String> parent, String labelEn, String labelKo,
        List<String> synonyms, boolean deprecated, int version) {

    public Term {
        synonyms = List.copyOf(synonyms);
    }

    public String label(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? labelKo : labelEn;
    }
}

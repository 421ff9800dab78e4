package org.recourse.vocabulary;

import java.util.Arrays;
import java.util.List;

/** What an administrator enters for a term. Synonyms: one per line or separated by '|'. */
public record TermForm(String code, String parent, String labelEn, String labelKo, String synonyms) {

    public TermForm {
        code = code == null ? "" : code.strip();
        parent = parent == null ? "" : parent.strip();
        labelEn = labelEn == null ? "" : labelEn.strip();
        labelKo = labelKo == null ? "" : labelKo.strip();
        synonyms = synonyms == null ? "" : synonyms;
    }

    public List<String> synonymList() {
        return Arrays.stream(synonyms.split("[|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}

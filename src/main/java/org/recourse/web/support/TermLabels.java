package org.recourse.web.support;

import java.util.Collection;
import java.util.stream.Collectors;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Vocabulary labels in the reader's language, for templates: {@code ${@labels.of('violation', code)}}. */
@Component("labels")
public class TermLabels {

    private final Vocabulary vocabulary;

    TermLabels(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String of(String scheme, String code) {
        return vocabulary.label(scheme, code, LocaleContextHolder.getLocale());
    }

    public String ofAll(String scheme, Collection<String> codes) {
        return codes.stream().map(c -> of(scheme, c)).sorted().collect(Collectors.joining(", "));
    }

    public String ofOptional(String scheme, java.util.Optional<String> code) {
        return code.map(c -> of(scheme, c)).orElse("");
    }
}

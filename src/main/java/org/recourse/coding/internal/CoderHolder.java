package org.recourse.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.recourse.extraction.ExtractionTerm;
import org.recourse.extraction.TestimonyCoder;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Term;
import org.recourse.vocabulary.Vocabulary;
import org.recourse.vocabulary.VocabularyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The coder built from the thesauri as they are in the database (deprecated terms left out),
 * rebuilt after any term changes, so that a new term or synonym is found without a restart.
 */
@Component
public class CoderHolder {

    private static final List<String> SCHEMES = List.of(Schemes.VIOLATION, Schemes.PERPETRATOR, Schemes.LOCATION,
            Schemes.RESPONSE);

    private final Vocabulary vocabulary;
    private final AtomicReference<TestimonyCoder> coder = new AtomicReference<>();

    CoderHolder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public TestimonyCoder get() {
        TestimonyCoder c = coder.get();
        if (c == null) {
            c = build();
            coder.set(c);
        }
        return c;
    }

    @EventListener
    void on(VocabularyChanged changed) {
        coder.set(null);
    }

    private TestimonyCoder build() {
        List<ExtractionTerm> terms = new ArrayList<>();
        for (String scheme : SCHEMES) {
            for (Term t : vocabulary.usable(scheme)) {
                terms.add(new ExtractionTerm(scheme, t.code(), t.labelEn(), t.labelKo(), t.synonyms()));
            }
        }
        return new TestimonyCoder(terms);
    }
}

package org.recourse.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditEvent;
import org.recourse.coding.internal.CoderHolder;
import org.recourse.coding.internal.Decisions;
import org.recourse.extraction.Suggestion;
import org.recourse.extraction.SuggestionKind;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding suggestions in the reader: what the thesaurus-driven coder finds in a testimony,
 * less what the coders rejected; accepting codes the act, and a short span coded by hand is
 * learnt as a synonym of its term, so the next suggestion finds it.
 */
@Service
public class Suggestions {

    /** A coded span longer than this is a passage, not a phrase worth learning as a synonym. */
    static final int MAX_SYNONYM = 40;
    private static final Map<SuggestionKind, String> FIELDS = Map.of(SuggestionKind.VIOLATION, "violation",
            SuggestionKind.PERPETRATOR, "perpetratorType", SuggestionKind.LOCATION, "locationType",
            SuggestionKind.PERIOD, "date");

    private final CoderHolder coder;
    private final Decisions decisions;
    private final TestimonyRegistry testimonies;
    private final Coding coding;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;

    Suggestions(CoderHolder coder, Decisions decisions, TestimonyRegistry testimonies, Coding coding, Vocabulary vocabulary,
            ApplicationEventPublisher events) {
        this.coder = coder;
        this.decisions = decisions;
        this.testimonies = testimonies;
        this.coding = coding;
        this.vocabulary = vocabulary;
        this.events = events;
    }

    public List<ReaderSuggestion> forTestimony(TestimonyId id, String part) {
        Testimony t = testimonies.get(id);
        String text = t.text(part);
        if (text.isEmpty()) {
            return List.of();
        }
        String language = part.equals("body") ? t.language() : (t.language().equals("ko") ? "en" : "ko");
        Set<String> rejected = decisions.rejected(id, part);
        return coder.get().code(text, language).suggestions().stream().filter(s -> FIELDS.containsKey(s.kind()))
                .map(Suggestions::toReader).filter(s -> !rejected.contains(s.key())).distinct().toList();
    }

    @Transactional
    public void reject(TestimonyId id, String part, String key) {
        testimonies.get(id);
        decisions.record(id, part, key, SuggestionDecision.REJECTED);
        events.publishEvent(new AuditEvent("suggestion-rejected", "testimony", id.toString()));
    }

    /** Rejects every place where the coder suggests this value for this field in one part of a testimony. */
    @Transactional
    public int rejectAll(TestimonyId id, String part, String field, String value) {
        List<String> keys = forTestimony(id, part).stream().filter(s -> s.field().equals(field) && s.value().equals(value))
                .map(ReaderSuggestion::key).toList();
        keys.forEach(k -> decisions.record(id, part, k, SuggestionDecision.REJECTED));
        if (!keys.isEmpty()) {
            events.publishEvent(new AuditEvent("suggestion-rejected", "testimony", id.toString()));
        }
        return keys.size();
    }

    /**
     * Codes the act; records the suggestions the coder used as accepted; and when the passage is a
     * short phrase that the thesaurus does not yet find for the chosen violation, learns it.
     */
    @Transactional
    public CodedAct codeAct(CodeActForm form, List<String> acceptedKeys) {
        CodedAct coded = coding.codeAct(form);
        TestimonyId id = new TestimonyId(java.util.UUID.fromString(form.testimonyId()));
        acceptedKeys.stream().filter(k -> !k.isBlank()).distinct()
                .forEach(k -> decisions.record(id, form.part(), k, SuggestionDecision.ACCEPTED));
        learnSynonym(testimonies.get(id).text(form.part()), form.start(), form.end(), form.violation());
        return coded;
    }

    private void learnSynonym(String text, int start, int end, String violation) {
        if (end - start > MAX_SYNONYM) {
            return;
        }
        Optional<org.recourse.extraction.SynonymProposal> proposal = coder.get().proposeSynonym(text, start, end,
                Schemes.VIOLATION, violation);
        proposal.ifPresent(p -> vocabulary.addSynonym(p.scheme(), p.code(), p.synonym()));
    }

    private static ReaderSuggestion toReader(Suggestion s) {
        String field = FIELDS.get(s.kind());
        return new ReaderSuggestion(s.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + s.value() + ":" + s.start()
                + ":" + s.end(), field, s.value(), s.start(), s.end(), s.evidenceText());
    }
}

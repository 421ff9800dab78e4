package org.recourse.vocabulary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.audit.AuditEvent;
import org.recourse.shared.ConflictException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.vocabulary.internal.SeedSynonyms;
import org.recourse.vocabulary.internal.SeedTerms;
import org.recourse.vocabulary.internal.Terms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and edits the thesauri. Terms are never deleted: a deprecated term stays valid on
 * the records that use it but cannot be chosen for new ones.
 */
@Service
public class Vocabulary {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,59}");
    /**
     * Characters of a term's synonyms together: room for the several hundred the busiest
     * starting terms have (about 3,700 characters) and for those learnt from accepted suggestions.
     */
    static final int MAX_SYNONYMS = 20_000;

    private final Terms terms;
    private final ApplicationEventPublisher events;

    Vocabulary(Terms terms, ApplicationEventPublisher events) {
        this.terms = terms;
        this.events = events;
    }

    public List<Term> terms(String scheme) {
        return terms.inScheme(scheme);
    }

    /** Terms that may be chosen for new records. */
    public List<Term> usable(String scheme) {
        return terms.inScheme(scheme).stream().filter(t -> !t.deprecated()).toList();
    }

    public Optional<Term> term(String scheme, String code) {
        return terms.find(scheme, code);
    }

    public String label(String scheme, String code, Locale locale) {
        return code == null ? "" : term(scheme, code).map(t -> t.label(locale)).orElse(code);
    }

    /** Checks that a code may be used on a new or changed record, noting the problem under {@code field}. */
    public void checkUsable(Problems problems, String field, String scheme, String code) {
        checkTerm(problems, field, scheme, term(scheme, code));
    }

    /** The same check on a term already looked up (bulk imports look each code up once). */
    public static void checkTerm(Problems problems, String field, String scheme, Optional<Term> t) {
        problems.require(t.isPresent(), field, "is not a term of the " + scheme + " vocabulary");
        problems.require(t.isEmpty() || !t.get().deprecated(), field, "is a deprecated term");
    }

    /** The code and every narrower term below it, for filters that mean "this kind or any sub-kind". */
    public Set<String> withDescendants(String scheme, String code) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        List<Term> all = terms.inScheme(scheme);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                all.stream().filter(t -> t.parent().filter(c::equals).isPresent()).forEach(t -> todo.push(t.code()));
            }
        }
        return out;
    }

    @Transactional
    public Term add(String scheme, TermForm form) {
        Problems p = validate(scheme, form);
        p.require(!CODE.matcher(form.code()).matches() || terms.find(scheme, form.code()).isEmpty(), "code", "exists already");
        p.require(CODE.matcher(form.code()).matches(), "code", "use lower-case letters, digits and '_', starting with a letter");
        p.throwIfAny();
        Term term = new Term(scheme, form.code(), parent(form), form.labelEn(), form.labelKo(), form.synonymList(), false, 1);
        terms.insert(term);
        events.publishEvent(AuditEvent.created("term", scheme + ":" + form.code()));
        events.publishEvent(new VocabularyChanged(scheme));
        return term;
    }

    @Transactional
    public Term update(String scheme, String code, TermForm form) {
        Term old = require(scheme, code);
        Problems p = validate(scheme, form);
        p.require(parent(form).isEmpty() || !withDescendants(scheme, code).contains(form.parent()), "parent",
                "would make the hierarchy circular");
        p.throwIfAny();
        Term term = new Term(scheme, code, parent(form), form.labelEn(), form.labelKo(), form.synonymList(),
                old.deprecated(), old.version() + 1);
        terms.update(term);
        events.publishEvent(AuditEvent.changed("term", scheme + ":" + code));
        events.publishEvent(new VocabularyChanged(scheme));
        return term;
    }

    /** Adds one synonym (for example learnt from an accepted suggestion); no-op when present. */
    @Transactional
    public Term addSynonym(String scheme, String code, String synonym) {
        Term old = require(scheme, code);
        if (synonym == null || synonym.isBlank() || old.synonyms().contains(synonym.strip())) {
            return old;
        }
        String joined = String.join("|", old.synonyms()) + "|" + synonym.strip();
        return update(scheme, code, new TermForm(code, old.parent().orElse(""), old.labelEn(), old.labelKo(), joined));
    }

    /**
     * Brings the starting thesauri of this version into an installation seeded by an older one:
     * terms it lacks are added, and each term gets the seed's synonyms it has never had (one new
     * version per term, audited); nothing is removed, relabelled or re-parented, and a synonym an
     * administrator removed is not added back. Running it twice changes nothing the second time.
     */
    @Transactional
    public SeedUpdate addFromSeed() {
        int added = 0;
        int extended = 0;
        int synonyms = 0;
        for (Term seed : SeedTerms.read()) {
            Optional<Term> now = terms.find(seed.scheme(), seed.code());
            if (now.isEmpty()) {
                add(seed.scheme(), new TermForm(seed.code(), seed.parent().orElse(""), seed.labelEn(), seed.labelKo(),
                        String.join("|", seed.synonyms())));
                added++;
                continue;
            }
            List<String> missing = SeedSynonyms.missing(seed, terms.revisions(seed.scheme(), seed.code()));
            if (!missing.isEmpty()) {
                Term old = now.get();
                List<String> all = new java.util.ArrayList<>(old.synonyms());
                all.addAll(missing);
                update(seed.scheme(), seed.code(), new TermForm(seed.code(), old.parent().orElse(""), old.labelEn(),
                        old.labelKo(), String.join("|", all)));
                extended++;
                synonyms += missing.size();
            }
        }
        return new SeedUpdate(added, extended, synonyms);
    }

    @Transactional
    public Term setDeprecated(String scheme, String code, boolean deprecated) {
        Term old = require(scheme, code);
        if (old.deprecated() == deprecated) {
            throw new ConflictException(deprecated ? "the term is deprecated already" : "the term is in use already");
        }
        Term term = new Term(scheme, code, old.parent(), old.labelEn(), old.labelKo(), old.synonyms(), deprecated,
                old.version() + 1);
        terms.update(term);
        events.publishEvent(new AuditEvent(deprecated ? "deprecated" : "restored", "term", scheme + ":" + code));
        events.publishEvent(new VocabularyChanged(scheme));
        return term;
    }

    public List<Term> history(String scheme, String code) {
        require(scheme, code);
        return terms.revisions(scheme, code);
    }

    private Term require(String scheme, String code) {
        requireScheme(scheme);
        return terms.find(scheme, code).orElseThrow(() -> new NotFoundException("term", scheme + ":" + code));
    }

    private Problems validate(String scheme, TermForm form) {
        requireScheme(scheme);
        Problems p = new Problems().requireText(form.labelEn(), "labelEn", 120).requireText(form.labelKo(), "labelKo", 120);
        p.limit(form.synonyms(), "synonyms", MAX_SYNONYMS);
        p.require(form.parent().isEmpty() || terms.find(scheme, form.parent()).isPresent(), "parent",
                "is not a term of this vocabulary");
        p.require(!form.parent().equals(form.code()), "parent", "cannot be the term itself");
        return p;
    }

    private static void requireScheme(String scheme) {
        if (!Schemes.ALL.contains(scheme)) {
            throw new NotFoundException("vocabulary", scheme);
        }
    }

    private static Optional<String> parent(TermForm form) {
        return form.parent().isEmpty() ? Optional.empty() : Optional.of(form.parent());
    }
}

package org.recourse.indexing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.recourse.coding.Act;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.Passage;
import org.recourse.search.PassageDocument;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceAccess;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.Testimony;
import org.springframework.stereotype.Component;

/**
 * A testimony as search passages: one per paragraph of its transcript and translation
 * (blank-line separated, long paragraphs cut at about {@value #MAX} characters), each carrying
 * the codes, place and years of the incidents whose coded passages overlap it.
 */
@Component
class PassageDocuments {

    static final int MAX = 2_000;
    /** Granted to no one: passages of a speaker who withdrew consent to any use. */
    static final String WITHDRAWN = "consent-withdrawn";

    private final IncidentCatalog incidents;
    private final PersonRegistry persons;
    private final SourceAccess access;

    PassageDocuments(IncidentCatalog incidents, PersonRegistry persons, SourceAccess access) {
        this.incidents = incidents;
        this.persons = persons;
        this.access = access;
    }

    List<PassageDocument> of(Testimony t) {
        List<Passage> coded = incidents.passagesIn(t.id());
        Set<String> tags = tags(t);
        Set<SourceId> others = new java.util.HashSet<>(access.restricted());
        others.remove(t.sourceId());
        List<PassageDocument> out = new ArrayList<>();
        add(out, t, "body", t.language(), coded, tags, others);
        add(out, t, "translation", t.language().equals("ko") ? "en" : "ko", coded, tags, others);
        return out;
    }

    private void add(List<PassageDocument> out, Testimony t, String part, String language, List<Passage> coded,
            Set<String> tags, Set<SourceId> others) {
        String text = t.text(part);
        for (int[] span : Paragraphs.of(text, MAX)) {
            Facets f = facets(coded, part, span[0], span[1], others);
            out.add(new PassageDocument(t.id() + ":" + part + ":" + span[0], t.id().toString(), t.sourceId().toString(),
                    language, text.substring(span[0], span[1]), f.from(), f.to(), List.copyOf(f.violations),
                    List.copyOf(f.perpetrators), List.copyOf(f.locations), f.country, tags));
        }
    }

    /**
     * The facets of the incidents coded on this span, leaving out acts told only in other
     * restricted sources: a reader of this passage may not be named on those.
     */
    private Facets facets(List<Passage> coded, String part, int start, int end, Set<SourceId> others) {
        Facets f = new Facets();
        coded.stream().filter(p -> p.part().equals(part) && p.start() < end && p.end() > start)
                .map(Passage::incidentId).distinct().map(id -> incidents.detailWithout(id, others)).forEach(f::add);
        return f;
    }

    /** Withdrawn consent hides from everyone; a restricted source from all but those granted its tag. */
    private Set<String> tags(Testimony t) {
        Set<String> tags = new java.util.HashSet<>();
        if (withdrawn(t)) {
            tags.add(WITHDRAWN);
        }
        if (access.isRestricted(t.sourceId())) {
            tags.add(SourceAccess.tag(t.sourceId()));
        }
        return tags;
    }

    /** The speaker withdrew all consent, or withdrew every consent they had given including internal analysis. */
    private boolean withdrawn(Testimony t) {
        return t.speakerId().map(p -> persons.withdrewAll(p) || !persons.consents(p).isEmpty()
                && persons.consents(p).stream().noneMatch(c -> c.active())
                && persons.consents(p).stream().anyMatch(c -> c.use() == ConsentUse.INTERNAL_ANALYSIS)).orElse(false);
    }

    /** The union of what the overlapping incidents say. */
    private static final class Facets {
        final Set<String> violations = new LinkedHashSet<>();
        final Set<String> perpetrators = new LinkedHashSet<>();
        final Set<String> locations = new LinkedHashSet<>();
        String country = "";
        int fromYear = Integer.MAX_VALUE;
        int toYear = Integer.MIN_VALUE;

        void add(IncidentDetail d) {
            for (Act a : d.acts()) {
                violations.add(a.violation());
                a.involvements().forEach(v -> perpetrators.add(v.perpetratorType()));
            }
            d.incident().location().type().ifPresent(locations::add);
            d.incident().location().country().ifPresent(c -> country = country.isEmpty() ? c : country);
            d.incident().date().from().ifPresent(x -> fromYear = Math.min(fromYear, x.getYear()));
            d.incident().date().to().ifPresent(x -> toYear = Math.max(toYear, x.getYear()));
        }

        OptionalInt from() {
            return fromYear == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(fromYear);
        }

        OptionalInt to() {
            return toYear == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(toYear);
        }
    }
}

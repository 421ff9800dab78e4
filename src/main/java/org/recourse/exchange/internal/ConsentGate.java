package org.recourse.exchange.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;

/**
 * Decides, once per person, whether they may appear in an export for one use (and partner),
 * from their active consents at the moment of export: a withdrawn consent, or one for another
 * partner, keeps them out. Counts whom and what it kept out, for the export's summary.
 */
public final class ConsentGate {

    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final ConsentUse use;
    private final String partner;
    private final Map<PersonId, Boolean> cleared = new HashMap<>();
    private final Map<TestimonyId, Optional<PersonId>> speakers = new HashMap<>();
    private final Set<PersonId> leftOut = new HashSet<>();
    private int passagesLeftOut;

    public ConsentGate(PersonRegistry persons, TestimonyRegistry testimonies, ConsentUse use, Optional<String> partner) {
        this.persons = persons;
        this.testimonies = testimonies;
        this.use = use;
        this.partner = partner.orElse("");
    }

    /** Whether the person may appear; remembers those who may not. */
    public boolean admits(PersonId person) {
        boolean ok = cleared.computeIfAbsent(person, p -> persons.consents(p, use, partner));
        if (!ok) {
            leftOut.add(person);
        }
        return ok;
    }

    /** The speaker of a testimony when they may appear; a passage without a cleared speaker is left out. */
    public Optional<PersonId> speakerOf(TestimonyId testimony) {
        Optional<PersonId> speaker = speakers.computeIfAbsent(testimony,
                t -> testimonies.find(t).flatMap(x -> x.speakerId()));
        if (speaker.isEmpty() || !admits(speaker.get())) {
            passagesLeftOut++;
            return Optional.empty();
        }
        return speaker;
    }

    public int personsLeftOut() {
        return leftOut.size();
    }

    public int passagesLeftOut() {
        return passagesLeftOut;
    }
}

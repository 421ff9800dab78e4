package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.recourse.coding.Passage;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.PersonRole;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyRegistry;

/**
 * Chooses the passages a report may quote: only those whose speaker has active consents to
 * quotation and to publication (a report is made to be published) at the moment the report is
 * built (withdrawing either removes every quote at once), attributed by pseudonym and a
 * descriptor at least k interviewees share.
 */
public final class Quotations {

    public static final int MAX_QUOTES = 12;

    /** The quotes, how many speakers were quoted and coarsened, and how often each step was taken. */
    public record Cleared(List<ReportModel.Quote> quotes, int speakers, int coarsened, Map<String, Integer> steps) {
    }

    private Quotations() {
    }

    public static Cleared clear(java.util.Collection<Passage> passages, TestimonyRegistry testimonies, PersonRegistry persons,
            int k, Locale locale) {
        List<Person> interviewees = persons.all().stream().filter(p -> p.roles().contains(PersonRole.INTERVIEWEE)).toList();
        Map<PersonId, Reidentification.Protected> speakers = new LinkedHashMap<>();
        List<ReportModel.Quote> quotes = new ArrayList<>();
        for (Passage p : passages) {
            if (quotes.size() >= MAX_QUOTES) {
                break;
            }
            Optional<Testimony> t = testimonies.find(p.testimonyId());
            Optional<Person> speaker = t.flatMap(Testimony::speakerId).flatMap(persons::find);
            if (speaker.isEmpty() || !mayBeQuoted(persons, speaker.get().id())) {
                continue;
            }
            Reidentification.Protected shown = speakers.computeIfAbsent(speaker.get().id(),
                    id -> Reidentification.protect(speaker.get(), interviewees, k));
            String language = "translation".equals(p.part()) ? other(t.get().language()) : t.get().language();
            quotes.add(new ReportModel.Quote(p.quoted(), language, speaker.get().pseudonym(),
                    Descriptions.text(shown.descriptor(), locale)));
        }
        Map<String, Integer> steps = new TreeMap<>();
        speakers.values().forEach(s -> s.steps().forEach(step -> steps.merge(step, 1, Integer::sum)));
        int coarsened = (int) speakers.values().stream().filter(s -> !s.steps().isEmpty()).count();
        return new Cleared(quotes, speakers.size(), coarsened, steps);
    }

    /** Quoting in a report needs both uses: quotation under a pseudonym, and publication. */
    static boolean mayBeQuoted(PersonRegistry persons, PersonId speaker) {
        return persons.consents(speaker, ConsentUse.QUOTATION, "") && persons.consents(speaker, ConsentUse.PUBLICATION, "");
    }

    private static String other(String language) {
        return "ko".equals(language) ? "en" : "ko";
    }
}

package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.recourse.testimony.Person;

/**
 * Keeps what a report prints about a person from singling them out: the combination of coarse
 * attributes shown must be shared by at least k interviewees of the whole collection
 * (k-anonymity, Sweeney 2002, "k-anonymity: a model for protecting privacy", IJUFKS 10(5)),
 * else it is coarsened one step at a time, each step applied to everyone it is compared with:
 * departure year to a five-year period, province to region, occupation dropped, departure to a
 * decade, age band dropped, region dropped, departure dropped, gender dropped.
 */
public final class Reidentification {

    /** One generalisation step: its name (for the methods section) and what it does. */
    record Step(String name, UnaryOperator<Descriptor> apply) {
    }

    static final List<Step> STEPS = List.of(
            new Step("departure-period", d -> d.withDeparture(Descriptor.widen(d.departure(), 5))),
            new Step("region", d -> d.placeIsRegion() ? d : d.withPlace(Regions.of(d.place()).orElse(""), true)),
            new Step("no-occupation", Descriptor::withoutOccupation),
            new Step("departure-decade", d -> d.withDeparture(Descriptor.widen(d.departure(), 10))),
            new Step("no-age", Descriptor::withoutAgeBand),
            new Step("no-place", d -> d.withPlace("", true)),
            new Step("no-departure", d -> d.withDeparture("")),
            new Step("no-gender", Descriptor::withoutGender));

    /** The descriptor printed, the names of the steps that changed it, and how many steps everyone was coarsened by. */
    public record Protected(Descriptor descriptor, List<String> steps, int level) {
    }

    private Reidentification() {
    }

    public static Descriptor of(Person p) {
        return new Descriptor(p.gender(), p.ageBand(), p.occupation(), p.departurePeriod(), p.province(), false);
    }

    public static Protected protect(Person speaker, List<Person> interviewees, int k) {
        Descriptor shown = of(speaker);
        List<Descriptor> others = new ArrayList<>(interviewees.stream().map(Reidentification::of).toList());
        List<String> taken = new ArrayList<>();
        for (int i = 0; i <= STEPS.size(); i++) {
            if (sharing(shown, others) >= k) {
                return new Protected(shown, taken, i);
            }
            if (i == STEPS.size()) {
                break;
            }
            Step step = STEPS.get(i);
            Descriptor next = step.apply().apply(shown);
            if (!next.equals(shown)) {
                taken.add(step.name());
            }
            shown = next;
            others.replaceAll(step.apply());
        }
        return new Protected(shown, taken, STEPS.size());
    }

    private static long sharing(Descriptor shown, List<Descriptor> others) {
        return others.stream().filter(shown::sharedBy).count();
    }
}

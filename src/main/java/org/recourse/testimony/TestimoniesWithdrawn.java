package org.recourse.testimony;

import java.util.List;

/**
 * The speaker withdrew all consent and the policy does not keep incident facts: these
 * testimonies' texts were replaced, and whatever points into them (coded passages) must go.
 * Published inside the withdrawing transaction.
 */
public record TestimoniesWithdrawn(PersonId personId, List<TestimonyId> testimonies) {

    public TestimoniesWithdrawn {
        testimonies = List.copyOf(testimonies);
    }
}

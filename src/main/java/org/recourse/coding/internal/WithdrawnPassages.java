package org.recourse.coding.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.recourse.audit.AuditEvent;
import org.recourse.coding.IncidentChanged;
import org.recourse.coding.IncidentId;
import org.recourse.coding.Passage;
import org.recourse.testimony.TestimoniesWithdrawn;
import org.recourse.testimony.TestimonyId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A speaker withdrew all consent under a policy that keeps no incident facts from them: the
 * passages pointing into their testimonies go (with their quoted text), in the withdrawing
 * transaction. Incidents, acts and responses stay, as the non-identifying record of what happened.
 */
@Component
class WithdrawnPassages {

    private final Incidents incidents;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    WithdrawnPassages(Incidents incidents, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void withdrawn(TestimoniesWithdrawn e) {
        Set<IncidentId> changed = new LinkedHashSet<>();
        for (TestimonyId t : e.testimonies()) {
            for (Passage p : incidents.passagesIn(t)) {
                jdbc.sql("DELETE FROM passages WHERE id = :id").param("id", p.id().toString()).update();
                events.publishEvent(new AuditEvent("deleted", "passage", p.id().toString()));
                changed.add(p.incidentId());
            }
        }
        changed.forEach(id -> events.publishEvent(new IncidentChanged(id)));
    }
}

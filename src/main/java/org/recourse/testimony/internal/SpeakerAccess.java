package org.recourse.testimony.internal;

import org.recourse.testimony.TestimonyRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The user who records a testimony may see its speaker's identity (recorded in the same transaction). */
@Component
class SpeakerAccess {

    private final Testimonies testimonies;
    private final PersonAccessTable access;

    SpeakerAccess(Testimonies testimonies, PersonAccessTable access) {
        this.testimonies = testimonies;
        this.access = access;
    }

    @EventListener
    void recorded(TestimonyRecorded e) {
        testimonies.find(e.id()).flatMap(t -> t.speakerId()).ifPresent(p -> access.addCurrentUser(p, "testimony"));
    }
}

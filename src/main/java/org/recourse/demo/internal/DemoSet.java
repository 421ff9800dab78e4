package org.recourse.demo.internal;

import java.util.List;
import java.util.Set;

/** The shape of demo/demo.json: records refer to each other by short keys. */
record DemoSet(List<DemoSource> sources, List<DemoPerson> persons, List<DemoConsent> consents,
        List<DemoTestimony> testimonies, List<DemoIncident> incidents) {

    record DemoSource(String key, String kind, String title, String obtainedBy, String obtainedOn, String howObtained,
            String reliability, String notes) {
    }

    record DemoPerson(String key, String pseudonym, Set<String> roles, String gender, String ageBand, String occupation,
            String departurePeriod, String province) {
    }

    record DemoConsent(String person, String use, String partner) {
    }

    record DemoTestimony(String key, String source, String speaker, String title, String language, String body,
            String translation, String recordedOn, String interviewer) {
    }

    record DemoIncident(String title, String summary, String date, String locationType, String country, String province,
            String facility, List<DemoAct> acts, List<DemoPassage> passages, List<DemoResponse> responses) {

        DemoIncident {
            acts = acts == null ? List.of() : acts;
            passages = passages == null ? List.of() : passages;
            responses = responses == null ? List.of() : responses;
        }
    }

    record DemoAct(String testimony, String part, String quote, String violation, String victim,
            List<DemoPerpetrator> perpetrators) {
    }

    record DemoPerpetrator(String type, String role) {
    }

    record DemoPassage(String testimony, String part, String quote) {
    }

    record DemoResponse(String response, String description) {
    }
}

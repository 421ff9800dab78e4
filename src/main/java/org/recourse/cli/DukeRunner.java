package org.recourse.cli;

import java.util.Set;

/** Placeholder until the Duke side-by-side run is wired. */
final class DukeRunner {

    record Outcome(Set<String> pairs, double seconds) {
    }

    static DukeRunner locate() {
        throw new UsageException("Duke is not available");
    }

    Outcome run(LinkEvalSet set) {
        throw new UsageException("Duke is not available");
    }
}

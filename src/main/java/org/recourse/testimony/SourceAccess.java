package org.recourse.testimony;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.audit.AuditEvent;
import org.recourse.security.Accounts;
import org.recourse.security.Caller;
import org.recourse.shared.ForbiddenException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.testimony.internal.SourceAccessTable;
import org.recourse.testimony.internal.Sources;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources restricted to named users. A restricted source, its testimonies and passages (and
 * incidents coded only from it) exist only for administrators and the users named on it; to
 * everyone else they are absent, not forbidden, so their existence does not leak. The search
 * index tags such passages {@code source-<id>} and grants callers the tags of sources they see.
 */
@Service
public class SourceAccess {

    /** Audit action of an asking by id for a record of a restricted source hidden from the caller. */
    public static final String REFUSED = "access-refused";

    private static final int MAX_NAMED = 200;

    private final SourceAccessTable table;
    private final Sources sources;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    SourceAccess(SourceAccessTable table, Sources sources, Accounts accounts, ApplicationEventPublisher events) {
        this.table = table;
        this.sources = sources;
        this.accounts = accounts;
        this.events = events;
    }

    /** The restricted sources this caller is not named on (none for an administrator). */
    public Set<SourceId> hiddenFrom(Caller caller) {
        return caller.isAdmin() ? Set.of() : table.restrictedWithout(caller.username());
    }

    public boolean maySee(Caller caller, SourceId id) {
        return caller.isAdmin() || !table.isRestricted(id) || table.named(id).contains(caller.username());
    }

    /**
     * Audits that a caller asked by id for a record of a restricted source hidden from them
     * ({@code access-refused}; they were answered 404, as for a record that does not exist).
     * Lists and searches that leave such records out are not refusals and are not audited.
     */
    public void refused(String entityType, Object id) {
        events.publishEvent(new AuditEvent(REFUSED, entityType, id.toString()));
    }

    /** Every restricted source. */
    public Set<SourceId> restricted() {
        return table.restricted();
    }

    public boolean isRestricted(SourceId id) {
        return table.isRestricted(id);
    }

    /** The search access tag of a restricted source. */
    public static String tag(SourceId id) {
        return "source-" + id;
    }

    /** The access tags of the restricted sources this caller may see. */
    public Set<String> grantedTags(Caller caller) {
        Set<SourceId> hidden = hiddenFrom(caller);
        return table.restricted().stream().filter(id -> !hidden.contains(id)).map(SourceAccess::tag)
                .collect(Collectors.toSet());
    }

    public SourceRestriction restriction(SourceId id, Caller caller) {
        requireAdmin(caller);
        sources.find(id).orElseThrow(() -> new NotFoundException("source", id));
        return new SourceRestriction(id, table.isRestricted(id), table.named(id));
    }

    /** Sets whether a source is restricted and who is named on it; administrators only, audited. */
    @Transactional
    public SourceRestriction restrict(SourceId id, boolean restricted, List<String> usernames, Caller caller) {
        requireAdmin(caller);
        sources.find(id).orElseThrow(() -> new NotFoundException("source", id));
        Set<String> named = new LinkedHashSet<>();
        usernames.stream().map(String::strip).filter(u -> !u.isEmpty()).forEach(named::add);
        Problems p = new Problems().require(named.size() <= MAX_NAMED, "users", "name at most " + MAX_NAMED + " users");
        named.stream().filter(u -> accounts.find(u).isEmpty()).findFirst()
                .ifPresent(u -> p.require(false, "users", "names an account that does not exist"));
        p.throwIfAny();
        table.replace(id, restricted, restricted ? named : Set.of(), caller.username());
        events.publishEvent(new AuditEvent("access-changed", "source", id.toString()));
        events.publishEvent(new SourceAccessChanged(id));
        return new SourceRestriction(id, restricted, table.named(id));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an administrator restricts sources");
        }
    }
}

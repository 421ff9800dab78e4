package org.recourse.web.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recourse.shared.Problems;
import org.recourse.testimony.ConsentWithdrawal;
import org.recourse.testimony.IdentityField;
import org.recourse.testimony.IdentityGrant;
import org.recourse.testimony.IdentityRegistry;
import org.recourse.testimony.IdentityStatus;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.Withdrawal;
import org.recourse.web.support.Callers;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's identifying fields: revealed (and audited) only for administrators and interviewers
 * with access, 403 for everyone else, 410 once the person's key was destroyed. Never cached.
 */
@RestController
class IdentityApi {

    private final IdentityRegistry identities;
    private final ConsentWithdrawal withdrawal;

    IdentityApi(IdentityRegistry identities, ConsentWithdrawal withdrawal) {
        this.identities = identities;
        this.withdrawal = withdrawal;
    }

    @GetMapping("/api/persons/{id}/identity")
    ResponseEntity<IdentityView> reveal(@PathVariable UUID id, Authentication auth) {
        var identity = identities.reveal(new PersonId(id), Callers.of(auth));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new IdentityView(id, identity.byCode()));
    }

    /** Sets the fields named in the body (by code); blank text clears a field. */
    @PutMapping("/api/persons/{id}/identity")
    ResponseEntity<IdentityStatus> update(@PathVariable UUID id, @RequestBody Map<String, String> body, Authentication auth) {
        Problems p = new Problems();
        Map<IdentityField, String> values = new EnumMap<>(IdentityField.class);
        body.forEach((code, value) -> IdentityField.of(code).ifPresentOrElse(f -> values.put(f, value == null ? "" : value),
                () -> p.add("fields", "unknown field (use " + String.join(", ", codes()) + ")")));
        p.throwIfAny();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(identities.update(new PersonId(id), values, Callers.of(auth)));
    }

    @PostMapping("/api/persons/{id}/withdraw-all")
    Withdrawal withdrawAll(@PathVariable UUID id, Authentication auth) {
        return withdrawal.withdrawAll(new PersonId(id), Callers.of(auth));
    }

    @GetMapping("/api/persons/{id}/identity/grants")
    List<IdentityGrant> grants(@PathVariable UUID id, Authentication auth) {
        return identities.grants(new PersonId(id), Callers.of(auth));
    }

    @PostMapping("/api/persons/{id}/identity/grants")
    ResponseEntity<Void> grant(@PathVariable UUID id, @RequestBody GrantRequest request, Authentication auth) {
        identities.grant(new PersonId(id), request.username(), Callers.of(auth));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/persons/{id}/identity/grants/{username}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable String username, Authentication auth) {
        identities.revoke(new PersonId(id), username, Callers.of(auth));
        return ResponseEntity.noContent().build();
    }

    private static List<String> codes() {
        return java.util.Arrays.stream(IdentityField.values()).map(IdentityField::code).toList();
    }

    /** The decrypted fields by code. */
    record IdentityView(UUID personId, Map<String, String> fields) {
        @Override
        public String toString() {
            return "IdentityView[" + personId + ", sealed]";
        }
    }

    record GrantRequest(String username) {
    }
}

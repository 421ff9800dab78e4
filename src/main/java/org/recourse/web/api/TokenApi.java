package org.recourse.web.api;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.recourse.security.ApiToken;
import org.recourse.security.ApiTokens;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal access tokens: list and revoke (new tokens are made on the account page). */
@RestController
@RequestMapping("/api/tokens")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiToken> mine(Principal principal) {
        return tokens.of(principal.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Principal principal) {
        tokens.revoke(id, principal.getName(), false);
        return ResponseEntity.noContent().build();
    }
}

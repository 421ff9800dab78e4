package org.recourse.web.api;

import java.util.List;
import java.util.UUID;
import org.recourse.security.Account;
import org.recourse.security.AccountAdministration;
import org.recourse.security.Accounts;
import org.recourse.security.ApiToken;
import org.recourse.security.ApiTokens;
import org.recourse.security.IssuedPassword;
import org.recourse.security.Role;
import org.recourse.shared.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account administration over the API, for administrators (enforced in WebSecurity). */
@RestController
@RequestMapping("/api/accounts")
class AccountApi {

    /** {@code {"username": "...", "role": "ANALYST"}} or {@code {"role": "VIEWER"}}. */
    record AccountForm(String username, String role) {
    }

    /** The one-time password is in this answer only. */
    record Issued(Account account, String oneTimePassword) {
        static Issued of(IssuedPassword p) {
            return new Issued(p.account(), p.password());
        }
    }

    private final Accounts accounts;
    private final AccountAdministration admin;
    private final ApiTokens tokens;

    AccountApi(Accounts accounts, AccountAdministration admin, ApiTokens tokens) {
        this.accounts = accounts;
        this.admin = admin;
        this.tokens = tokens;
    }

    @GetMapping
    List<Account> list() {
        return accounts.all();
    }

    @GetMapping("/{id}")
    Account one(@PathVariable UUID id) {
        return admin.get(id);
    }

    @PostMapping
    ResponseEntity<Issued> create(@RequestBody AccountForm form) {
        Role role = role(form);
        return ResponseEntity.status(201).body(Issued.of(admin.create(form.username() == null ? "" : form.username().strip(), role)));
    }

    @PutMapping("/{id}/role")
    Account changeRole(@PathVariable UUID id, @RequestBody AccountForm form) {
        admin.changeRole(id, role(form));
        return admin.get(id);
    }

    @PostMapping("/{id}/disable")
    Account disable(@PathVariable UUID id) {
        admin.disable(id);
        return admin.get(id);
    }

    @PostMapping("/{id}/enable")
    Account enable(@PathVariable UUID id) {
        admin.enable(id);
        return admin.get(id);
    }

    @PostMapping("/{id}/password")
    Issued resetPassword(@PathVariable UUID id) {
        return Issued.of(admin.resetPassword(id));
    }

    @DeleteMapping("/{id}/totp")
    ResponseEntity<Void> resetTotp(@PathVariable UUID id) {
        admin.resetSecondFactor(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/tokens")
    List<ApiToken> tokens(@PathVariable UUID id) {
        admin.get(id);
        return tokens.of(id);
    }

    private static Role role(AccountForm form) {
        Problems problems = new Problems();
        var role = problems.choice(Role.class, form == null ? null : form.role(), "role");
        problems.throwIfAny();
        return role.orElseThrow();
    }
}

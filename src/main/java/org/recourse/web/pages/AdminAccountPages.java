package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.recourse.security.AccountAdministration;
import org.recourse.security.Accounts;
import org.recourse.security.ApiTokens;
import org.recourse.security.Role;
import org.recourse.security.SecondFactor;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account administration for administrators (the role is enforced in WebSecurity). */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountPages {

    private final Accounts accounts;
    private final AccountAdministration admin;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;

    AdminAccountPages(Accounts accounts, AccountAdministration admin, SecondFactor secondFactor, ApiTokens tokens) {
        this.accounts = accounts;
        this.admin = admin;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "admin-accounts";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
            Model model, HttpServletResponse response) {
        try {
            Problems problems = new Problems();
            var chosen = problems.choice(Role.class, role, "role");
            problems.throwIfAny();
            model.addAttribute("issued", admin.create(username.strip(), chosen.orElseThrow()));
        } catch (InvalidInputException e) {
            FormFailure.show(model, response, e, "admin-accounts");
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("account", admin.get(id));
        model.addAttribute("totp", secondFactor.enrolled(id));
        model.addAttribute("tokens", tokens.of(id));
        model.addAttribute("roles", Role.values());
        return "admin-account";
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable UUID id, @RequestParam(defaultValue = "") String role) {
        Problems problems = new Problems();
        var chosen = problems.choice(Role.class, role, "role");
        problems.throwIfAny();
        admin.changeRole(id, chosen.orElseThrow());
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id) {
        admin.disable(id);
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id) {
        admin.enable(id);
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, Model model) {
        model.addAttribute("issued", admin.resetPassword(id));
        return show(id, model);
    }

    @PostMapping("/{id}/totp")
    String resetTotp(@PathVariable UUID id) {
        admin.resetSecondFactor(id);
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/tokens/{token}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID token, java.security.Principal principal) {
        tokens.revoke(token, principal.getName(), true);
        return "redirect:/admin/accounts/" + id;
    }
}

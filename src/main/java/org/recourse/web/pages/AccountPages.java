package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.Accounts;
import org.recourse.security.ApiTokens;
import org.recourse.security.Role;
import org.recourse.security.SecondFactor;
import org.recourse.security.TotpEnrolment;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.web.SignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own account: password, TOTP set-up, "log out everywhere", personal access tokens. */
@Controller
class AccountPages {

    private static final String ENROLMENT = "recourse.totpEnrolment";
    private final Accounts accounts;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;
    private final SignIn signIn;

    AccountPages(Accounts accounts, SecondFactor secondFactor, ApiTokens tokens, SignIn signIn) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        var account = accounts.find(principal.getName()).orElseThrow(() -> new NotFoundException("account", "current"));
        model.addAttribute("account", account);
        model.addAttribute("totp", secondFactor.enrolled(account.id()));
        model.addAttribute("tokens", tokens.of(account.id()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("isAdmin", account.role() == Role.ADMIN);
        return "account";
    }

    @GetMapping("/account/password")
    String passwordForm(Principal principal, Model model) {
        model.addAttribute("mustChange", mustChange(principal));
        return "password";
    }

    /** A voluntary change asks for the current password (a first-login change already had it); other sessions end. */
    @PostMapping("/account/password")
    String changePassword(@RequestParam String password, @RequestParam String repeat,
            @RequestParam(defaultValue = "") String current, Principal principal, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        boolean mustChange = mustChange(principal);
        try {
            new Problems().require(mustChange || accounts.passwordMatches(principal.getName(), current), "current",
                            "is not your current password")
                    .require(password.equals(repeat), "repeat", "does not match the new password").throwIfAny();
            accounts.changePassword(principal.getName(), password);
        } catch (InvalidInputException e) {
            model.addAttribute("mustChange", mustChange);
            return FormFailure.show(model, response, e, "password");
        }
        request.getSession().removeAttribute("recourse.passwordChecked");
        signIn.restamp(request, principal.getName());
        return "redirect:/";
    }

    @GetMapping("/account/totp")
    String totp(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("enrolled", secondFactor.enrolled(principal.getName()));
        model.addAttribute("enrolment", request.getSession().getAttribute(ENROLMENT));
        return "totp";
    }

    @PostMapping("/account/totp")
    String beginTotp(Principal principal, HttpServletRequest request) {
        TotpEnrolment enrolment = secondFactor.begin(principal.getName());
        request.getSession().setAttribute(ENROLMENT, enrolment);
        return "redirect:/account/totp";
    }

    @PostMapping("/account/totp/confirm")
    String confirmTotp(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            secondFactor.confirm(principal.getName(), code);
        } catch (InvalidInputException e) {
            model.addAttribute("enrolled", false);
            model.addAttribute("enrolment", request.getSession().getAttribute(ENROLMENT));
            return FormFailure.show(model, response, e, "totp");
        }
        request.getSession().removeAttribute(ENROLMENT);
        return "redirect:/account";
    }

    @PostMapping("/account/logout-everywhere")
    String logOutEverywhere(Principal principal, HttpServletRequest request) {
        accounts.logOutEverywhere(principal.getName());
        request.getSession().invalidate();
        return "redirect:/login?ended";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String days, Principal principal, Model model, HttpServletResponse response) {
        try {
            Problems problems = new Problems();
            var scope = problems.choice(Role.class, role, "role");
            var lifetime = parseDays(days, problems);
            problems.throwIfAny();
            model.addAttribute("issued", tokens.issue(principal.getName(), name, scope.orElseThrow(), lifetime));
        } catch (InvalidInputException e) {
            FormFailure.show(model, response, e, "account");
        }
        return account(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Principal principal) {
        tokens.revoke(id, principal.getName(), false);
        return "redirect:/account";
    }

    private boolean mustChange(Principal principal) {
        return accounts.find(principal.getName()).map(a -> a.mustChangePassword()).orElse(false);
    }

    private static Optional<Integer> parseDays(String days, Problems problems) {
        if (days.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(days.strip()));
        } catch (NumberFormatException e) {
            problems.require(false, "days", "must be a whole number");
            return Optional.empty();
        }
    }
}

package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A browser keeps what is typed into a form (its autofill store, unencrypted in the profile) unless
 * told not to: a seized laptop would give up searched names, places and coded details. Only the
 * sign-in pages let the browser's password manager help.
 */
class FormsLeaveNothingInTheBrowserTests {

    private static final Set<String> SIGN_IN = Set.of("login.html", "login-code.html", "password.html", "totp.html");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);

    @Test
    void everyFormOutsideSigningInTellsTheBrowserNotToKeepWhatWasTyped() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.html");
        List<String> forms = new ArrayList<>();
        List<String> keeping = new ArrayList<>();
        for (Resource template : templates) {
            if (SIGN_IN.contains(template.getFilename())) {
                continue;
            }
            Matcher m = FORM.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                forms.add(template.getFilename());
                if (!m.group().contains("autocomplete=\"off\"")) {
                    keeping.add(template.getFilename() + ": " + m.group());
                }
            }
        }
        assertThat(forms).hasSizeGreaterThan(30).contains("search.html", "testimony-form.html", "person-identity.html");
        assertThat(keeping).isEmpty();
    }
}

package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.recourse.security.Accounts;
import org.recourse.support.RecourseTest;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * On a fresh installation the administrator and the thesauri exist before the web server takes
 * its first request: a client that waits for the login page must be able to sign in at once.
 */
@RecourseTest
@Import(StartupOrderTests.AtWebServerStart.class)
class StartupOrderTests {

    @Autowired
    AtWebServerStart seen;

    @Test
    void theAdministratorAndTheThesauriExistWhenTheWebServerStarts() {
        assertThat(seen.state.get()).isEqualTo("admin=true, rape=true");
    }

    @TestConfiguration
    static class AtWebServerStart {

        final AtomicReference<String> state = new AtomicReference<>("web server never started");
        private final Accounts accounts;
        private final Vocabulary vocabulary;

        AtWebServerStart(Accounts accounts, Vocabulary vocabulary) {
            this.accounts = accounts;
            this.vocabulary = vocabulary;
        }

        @EventListener
        void started(WebServerInitializedEvent e) {
            state.set("admin=" + accounts.any() + ", rape=" + vocabulary.term(Schemes.VIOLATION, "rape").isPresent());
        }
    }
}

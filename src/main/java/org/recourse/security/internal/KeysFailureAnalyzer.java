package org.recourse.security.internal;

import org.recourse.security.KeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for want of the right keys says so in one paragraph, without a stack trace. */
class KeysFailureAnalyzer extends AbstractFailureAnalyzer<KeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyException cause) {
        return new FailureAnalysis("Recourse cannot open its keys: " + cause.getMessage(),
                "Give the right passphrase (RECOURSE_PASSPHRASE) or key file (RECOURSE_KEY_FILE), or restore the "
                        + "keys folder of this data folder from your key backup. See docs/SECURITY.md.", cause);
    }
}

package org.recourse.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.recourse.audit.AuditLog;
import org.recourse.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code audit verify}: recomputes the whole audit chain and checks every checkpoint signature,
 * without the web server and without writing (no new keys, accounts or checkpoints).
 */
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "audit verify [--data DIR]   check the audit chain and its signed checkpoints (exit 0 when intact)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (!args.positionals().equals(java.util.List.of("verify"))) {
            throw new UsageException("say what to do: audit verify");
        }
        Map<String, Object> readOnly = Map.of("recourse.security.create-keys", "false",
                "recourse.security.create-admin", "false", "recourse.audit.sign-head", "false",
                "recourse.demo.load", "false");
        try (ConfigurableApplicationContext context = DataContext.openCollection(args, readOnly)) {
            AuditVerification report = context.getBean(AuditLog.class).verify();
            return report(report, out, err);
        }
    }

    private static int report(AuditVerification r, PrintStream out, PrintStream err) {
        if (r.firstFailure().isPresent()) {
            err.println("audit chain BROKEN at " + r.firstFailure().get());
            err.println("(" + r.entries() + " entries read, head at seq " + r.headSeq() + ", " + r.checkpoints()
                    + " checkpoints)");
            return 1;
        }
        out.printf("audit chain intact: %d entries (seq 1..%d), %d signed checkpoints, last at seq %d%n", r.entries(),
                r.headSeq(), r.checkpoints(), r.lastCheckpointSeq());
        if (r.unsignedTail() > 0) {
            out.printf("%d entries after the last checkpoint are protected by the hash chain only%n", r.unsignedTail());
        }
        return 0;
    }
}

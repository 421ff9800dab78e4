package org.recourse.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.files.Attachments;
import org.recourse.files.FileVerification;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code files verify}: decrypts every stored original file and re-hashes it, without the web
 * server and without writing; exits 1 naming each file whose content no longer matches its
 * SHA-256, or that the database names and the folder lacks.
 */
final class FilesCommand implements Command {

    @Override
    public String name() {
        return "files";
    }

    @Override
    public String usage() {
        return "files verify [--data DIR]   re-hash every stored original file (exit 0 when all match)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (!args.positionals().equals(List.of("verify"))) {
            throw new UsageException("say what to do: files verify");
        }
        Map<String, Object> readOnly = Map.of("recourse.security.create-keys", "false",
                "recourse.security.create-admin", "false", "recourse.audit.sign-head", "false",
                "recourse.demo.load", "false");
        try (ConfigurableApplicationContext context = DataContext.open(args, false, readOnly)) {
            return report(context.getBean(Attachments.class).verify(), out, err);
        }
    }

    private static int report(FileVerification v, PrintStream out, PrintStream err) {
        v.damaged().forEach(s -> err.println("file DAMAGED (content does not match its SHA-256): " + s));
        v.missing().forEach(s -> err.println("file MISSING from the files folder: " + s));
        v.unknown().forEach(s -> out.println("note: " + s + " in the files folder is not a known stored file (never served)"));
        if (!v.intact()) {
            err.printf("%d damaged, %d missing; %d files intact%n", v.damaged().size(), v.missing().size(), v.checked());
            return 1;
        }
        out.printf("files intact: %d stored files, %d bytes, every one matches its SHA-256%n", v.checked(), v.bytes());
        return 0;
    }
}

package org.recourse.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One {@code ./recourse} command in a child JVM, with exactly the given key and database variables. */
public final class RecourseProcess {

    private RecourseProcess() {
    }

    public static Run run(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.recourse.cli.Main"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(Files.createDirectories(Path.of("target/test-data")), "recourse-run-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeAll(List.of("RECOURSE_PASSPHRASE", "RECOURSE_KEY_FILE", "RECOURSE_DB_URL"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the command did not end: it started when it should have refused");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Exit code and everything the command printed. */
    public record Run(int code, String output) {
    }
}

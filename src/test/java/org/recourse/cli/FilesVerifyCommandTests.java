package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.RecourseApplication;
import org.recourse.files.Attachment;
import org.recourse.files.Attachments;
import org.recourse.files.Upload;
import org.recourse.support.DataFolders;
import org.recourse.support.TestAccounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code files verify} on a closed data folder: 0 when every file matches, 1 naming the file changed
 * on disk or missing, 0 again naming a file destroyed at a withdrawal.
 */
class FilesVerifyCommandTests {

    @Test
    void verifyPassesIntactFilesAndNamesTheOneChangedOnDisk() throws Exception {
        Path data = DataFolders.create(Files.createDirectories(Path.of("target/test-data/files-verify-" + System.nanoTime())), 0);
        String sha = attach(data, "Fictional recording for the verify test.".repeat(5000));
        CliRun intact = CliRun.of("files", "verify", "--data", data.toString());
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("files intact: 1 stored files");

        Path stored = data.resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 10] ^= 0x01;
        Files.write(stored, bytes);
        CliRun damaged = CliRun.of("files", "verify", "--data", data.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("DAMAGED", sha);

        Files.delete(stored);
        CliRun missing = CliRun.of("files", "verify", "--data", data.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("MISSING", sha);

        try (java.sql.Connection c = DataFolders.sqlite(data); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE attachments SET destroyed_at = '2026-01-02T03:04:05Z' WHERE sha256 = '" + sha + "'");
        }
        CliRun destroyed = CliRun.of("files", "verify", "--data", data.toString());
        assertThat(destroyed.code()).as("destroyed at a withdrawal is not damage").isZero();
        assertThat(destroyed.out()).contains("destroyed at withdrawal", sha, "1 destroyed at withdrawal");
    }

    @Test
    void verifyWithoutTheWordVerifyIsAUsageError() {
        assertThat(CliRun.of("files", "--data", "target/none").code()).isEqualTo(2);
    }

    private static String attach(Path data, String text) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(RecourseApplication.class)
                .web(WebApplicationType.NONE).run("--recourse.storage.data-dir=" + data, "--recourse.storage.db-url=",
                        "--recourse.security.admin-password=" + TestAccounts.ADMIN_PASSWORD, "--spring.main.banner-mode=off",
                        "--logging.level.root=warn")) {
            String source = ctx.getBean(JdbcClient.class).sql("SELECT id FROM sources ORDER BY id").query(String.class)
                    .list().get(0);
            Attachment a = ctx.getBean(Attachments.class).attach(UUID.fromString(source), Optional.empty(),
                    new Upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain",
                            Optional.of("fictional.txt")));
            return a.sha256();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.recourse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.recourse.linkage.LinkRecord;

/**
 * Runs Duke 1.2 on an evaluation set in a child JVM (Duke needs Lucene 4; the application has
 * Lucene 9). The set is written as plain UTF-8 CSV with canonical column names, the Duke
 * configuration is generated from {@link DukeConfigs}, and Duke's link file is read back.
 * Time is the child's wall time less the start-up time of a JVM that only loads Duke.
 */
final class DukeRunner {

    record Outcome(Set<String> pairs, double seconds) {
    }

    private final Path lib;
    private final double startup;

    private DukeRunner(Path lib) throws Exception {
        this.lib = lib;
        long t = System.nanoTime();
        exec(List.of(), Files.createTempDirectory("duke-start"));
        this.startup = (System.nanoTime() - t) / 1e9;
    }

    static DukeRunner locate() throws Exception {
        Path lib = Path.of(System.getenv().getOrDefault("RECOURSE_DUKE_LIB", "target/duke-lib"));
        if (!Files.isRegularFile(lib.resolve("duke-1.2.jar"))) {
            throw new UsageException("Duke 1.2 not found in " + lib + "; fetch it once with ./mvnw -Pduke process-resources");
        }
        return new DukeRunner(lib);
    }

    Outcome run(LinkEvalSet set) throws Exception {
        Path dir = Files.createTempDirectory("duke");
        List<String> columns = columns(set.left());
        Path a = writeCsv(dir.resolve("a.csv"), set.left(), columns, set.linkage() ? "A:" : "");
        Path b = set.linkage() ? writeCsv(dir.resolve("b.csv"), set.right(), columns, "B:") : null;
        Path config = dir.resolve("duke.xml");
        Files.writeString(config, xml(DukeConfigs.forSet(set.name()), columns, a, b), StandardCharsets.UTF_8);
        Path links = dir.resolve("links.txt");
        long t = System.nanoTime();
        exec(List.of("--linkfile=" + links, config.toString()), dir);
        double seconds = Math.max(0.01, (System.nanoTime() - t) / 1e9 - startup);
        Set<String> pairs = new HashSet<>();
        if (Files.exists(links)) {
            for (String line : Files.readAllLines(links, StandardCharsets.UTF_8)) {
                String[] p = line.split(",");
                if (p.length >= 3 && p[0].equals("+")) {
                    pairs.add(LinkEvalSet.pair(p[1], p[2]));
                }
            }
        }
        return new Outcome(pairs, seconds);
    }

    private void exec(List<String> args, Path dir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", lib.toAbsolutePath() + "/*", "no.priv.garshol.duke.Duke"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("duke.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("Duke did not finish in 30 minutes");
        }
    }

    static String canonical(String field) {
        int cut = Math.max(field.lastIndexOf('#'), field.lastIndexOf('/'));
        return field.substring(cut + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String> columns(List<LinkRecord> records) {
        return records.get(0).fields().keySet().stream().toList();
    }

    private static Path writeCsv(Path file, List<LinkRecord> records, List<String> columns, String prefix) throws IOException {
        List<String> fields = records.get(0).fields().keySet().stream().toList();
        StringBuilder sb = new StringBuilder("id");
        fields.forEach(f -> sb.append(',').append(canonical(f)));
        sb.append('\n');
        for (LinkRecord r : records) {
            sb.append(quote(prefix + r.id()));
            for (String f : fields) {
                sb.append(',').append(quote(r.fields().getOrDefault(f, "")));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String v) {
        return '"' + v.replace("\r", " ").replace("\n", " ").replace("\"", "'") + '"';
    }

    private static String xml(DukeConfigs.Spec spec, List<String> columns, Path a, Path b) {
        Set<String> present = new HashSet<>();
        columns.forEach(c -> present.add(canonical(c)));
        List<DukeConfigs.Prop> props = spec.props().stream().filter(p -> present.contains(p.column())).toList();
        StringBuilder x = new StringBuilder("<duke>\n" + spec.objects() + " <schema>\n  <threshold>" + spec.threshold()
                + "</threshold>\n");
        x.append("  <property type=\"id\"><name>ID</name></property>\n");
        for (DukeConfigs.Prop p : props) {
            x.append("  <property><name>").append(p.column()).append("</name><comparator>").append(p.comparator())
                    .append("</comparator><low>").append(p.low()).append("</low><high>").append(p.high())
                    .append("</high></property>\n");
        }
        x.append(" </schema>\n <database class=\"no.priv.garshol.duke.databases.LuceneDatabase\"/>\n");
        if (b == null) {
            x.append(source(a, props));
        } else {
            x.append(" <group>\n").append(source(a, props)).append(" </group>\n <group>\n").append(source(b, props))
                    .append(" </group>\n");
        }
        return x.append("</duke>\n").toString();
    }

    private static String source(Path file, List<DukeConfigs.Prop> props) {
        StringBuilder x = new StringBuilder("  <csv>\n   <param name=\"input-file\" value=\"" + file + "\"/>\n");
        x.append("   <column name=\"id\" property=\"ID\"/>\n");
        for (DukeConfigs.Prop p : props) {
            x.append("   <column name=\"").append(p.column()).append("\" property=\"").append(p.column())
                    .append("\" cleaner=\"").append(p.cleaner()).append("\"/>\n");
        }
        return x.append("  </csv>\n").toString();
    }
}

package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.Interval;
import org.recourse.analysis.LcmcrSettings;
import org.recourse.analysis.LogLinearSettings;
import org.recourse.analysis.MseResult;
import org.recourse.analysis.MultipleSystemsEstimation;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mse}: multiple systems estimation on capture-history CSVs; several files are strata,
 * estimated separately and summed. Needs no data folder, so it does not start Spring.
 */
final class MseCommand implements Command {

    private final MultipleSystemsEstimation mse = new MultipleSystemsEstimation();

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public String usage() {
        return "mse FILE.csv... [--method loglinear|lcmcr] [--seed N] [--burnin N] [--samples N] [--thin N]"
                + " [--classes K] [--bootstrap N] [--criterion aic|bic] [--main-effects] [--json]"
                + "   estimate the undocumented total from overlapping lists (several files = strata, summed)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("method", "seed", "burnin", "samples", "thin", "classes", "bootstrap", "criterion");
    }

    @Override
    public Set<String> flags() {
        return Set.of("main-effects", "json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw new UsageException("name at least one capture-history CSV file");
        }
        String method = args.option("method").orElse("loglinear");
        if (!method.equals("loglinear") && !method.equals("lcmcr")) {
            throw new UsageException("--method is loglinear or lcmcr, not '" + method + "'");
        }
        refuseOptionsOfTheOtherMethod(args, method);
        Function<List<CaptureTable>, MseResult> estimate;
        if (method.equals("lcmcr")) {
            LcmcrSettings settings = lcmcrSettings(args);
            estimate = t -> mse.lcmcr(t, settings);
        } else {
            LogLinearSettings settings = logLinearSettings(args);
            estimate = t -> mse.logLinear(t, settings);
        }
        MseResult result = estimate.apply(args.positionals().stream()
                .map(f -> mse.readTable(CommandLineFiles.input(Path.of(f)))).toList());
        MseReport.print(result, out);
        if (args.flag("json")) {
            out.println(JsonMapper.builder().build().writeValueAsString(json(result)));
        }
        return 0;
    }

    /** An option of the other method would be silently ignored: refused instead. */
    private static void refuseOptionsOfTheOtherMethod(Args args, String method) {
        List<String> others = method.equals("lcmcr") ? List.of("bootstrap", "criterion", "main-effects")
                : List.of("burnin", "samples", "thin", "classes");
        for (String o : others) {
            if (args.option(o).isPresent() || args.flag(o)) {
                throw new UsageException("--" + o + " does not apply to --method " + method);
            }
        }
    }

    private static LogLinearSettings logLinearSettings(Args args) {
        LogLinearSettings settings = LogLinearSettings.defaults()
                .withBootstrap(args.intOption("bootstrap", 0, 0), args.intOption("seed", 1));
        String criterion = args.option("criterion").orElse("aic");
        if (!criterion.equals("aic") && !criterion.equals("bic")) {
            throw new UsageException("--criterion is aic or bic, not '" + criterion + "'");
        }
        settings = settings.withCriterion(criterion);
        return args.flag("main-effects") ? settings.withMainEffectsOnly() : settings;
    }

    private static LcmcrSettings lcmcrSettings(Args args) {
        LcmcrSettings d = LcmcrSettings.defaults();
        int samples = args.intOption("samples", d.samples());
        int thin = args.intOption("thin", d.thinning());
        int classes = args.intOption("classes", d.classes());
        if (samples < 10 || thin < 1 || classes < 1 || classes > 100) {
            throw new UsageException("--samples needs at least 10, --thin at least 1, --classes 1 to 100");
        }
        return d.withSeed(args.intOption("seed", 1)).withClasses(classes)
                .withChain(args.intOption("burnin", d.burnIn(), 0), samples, thin);
    }

    private static Map<String, Object> json(MseResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("observed", r.observed());
        json.put("estimate", round(r.estimate()));
        json.put("lower", round(r.interval().lower()));
        json.put("upper", round(r.interval().upper()));
        r.median().ifPresent(m -> json.put("median", round(m)));
        json.put("method", r.method().name().toLowerCase(Locale.ROOT));
        json.put("terms", r.terms());
        json.put("warnings", r.warnings());
        return json;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The readable summary, kept apart so the command stays small. */
    static final class MseReport {

        private MseReport() {
        }

        static void print(MseResult r, PrintStream out) {
            out.printf(Locale.ROOT, "%s, %s%n", r.label(), r.method().name().toLowerCase(Locale.ROOT));
            for (MseResult s : r.strata()) {
                out.printf(Locale.ROOT, "  stratum %-40s documented %,7d  estimated %,10.0f  (%,.0f-%,.0f)%n",
                        s.label(), s.observed(), s.estimate(), s.interval().lower(), s.interval().upper());
            }
            out.printf(Locale.ROOT, "documented   %,d%n", r.observed());
            out.printf(Locale.ROOT, "estimated    %,.0f  (undocumented %,.0f)%n", r.estimate(), r.unseen());
            r.median().ifPresent(m -> out.printf(Locale.ROOT, "median       %,.0f%n", m));
            for (Interval i : r.intervals()) {
                out.printf(Locale.ROOT, "95%% %-9s %,.0f-%,.0f%n", i.kind(), i.lower(), i.upper());
            }
            if (r.strata().isEmpty() && r.method() == org.recourse.analysis.MseMethod.LOGLINEAR) {
                out.println("model        main effects" + (r.terms().isEmpty() ? "" : " + " + String.join(" + ", r.terms())));
            }
            r.statistics().forEach((k, v) -> out.printf(Locale.ROOT, "  %-20s %.4f%n", k, v));
            r.warnings().forEach(w -> out.println("warning: " + w));
        }
    }
}

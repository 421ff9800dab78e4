package org.recourse.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.recourse.extraction.TestimonyCoder;

/**
 * {@code bench coding}: single-threaded throughput of coding suggestions, in MB of UTF-8 text
 * per second, over passages of about 2 KB built by repeating fictional sentences written for
 * this benchmark (with the year varied) until the corpus reaches {@code --mb} (default 50).
 * One warm-up run, then the median of {@code --runs} (default 5), in MB per second of the
 * thread's CPU time, the honest figure on a shared machine; wall-clock is printed beside it.
 */
final class CodingBench implements BenchCommand.Bench {

    private static final String[] EN = {
        "I was caught in China in %d and sent back to the holding centre, where the guards beat us.",
        "The safety agent who arrested her never touched her, but he threatened her family.",
        "She said a soldier who was beaten by his officers ran away the year after.",
        "My husband beat me almost every night and I never reported it to the police.",
        "Between %d and 2009 the manager demanded sex from women who wanted lighter work.",
        "We crossed the river at night and the broker sold my friend, a girl of 17, to a farmer.",
    };
    private static final String[] KO = {
        "%d년에 중국에서 잡혀서 북송됐어요. 집결소에서 계호원들이 옷을 벗기고 몸 수색을 했어요.",
        "남편이 술만 마시면 저를 때렸어요. 보안원한테 말해 봤자 소용없다는 걸 알아서 신고하지 않았어요.",
        "보위부에서 조사받을 때 고문은 없었어요. 그래도 때릴까 봐 너무 무서웠어요.",
        "고난의 행군 때 장마당에서 장사를 했는데, 시장관리원이 물건을 빼앗고 뺨을 때렸어요.",
        "주체96년에 두만강을 건넜어요. 브로커가 저를 중국 남자한테 팔았어요.",
        "한 40대 여성은 %d년 경비원한테 끌려가서 강간당했다고 말했다.",
    };

    @Override
    public int run(Args args, PrintStream out) {
        int mb = args.intOption("mb", 50, 1);
        int runs = args.intOption("runs", 5, 1);
        String lang = args.option("lang").orElse("mixed");
        if (!List.of("en", "ko", "mixed").contains(lang)) {
            throw new UsageException("--lang takes en, ko or mixed, not '" + lang + "'");
        }
        List<String> corpus = corpus(lang, mb * 1_000_000L);
        long bytes = corpus.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        TestimonyCoder coder = TestimonyCoder.fromSeed();
        time(coder, corpus);
        double[] rates = new double[runs];
        double[] wall = new double[runs];
        for (int r = 0; r < runs; r++) {
            double[] t = time(coder, corpus);
            rates[r] = bytes / 1e6 / t[0];
            wall[r] = bytes / 1e6 / t[1];
        }
        Arrays.sort(rates);
        Arrays.sort(wall);
        out.printf(Locale.ROOT, "coding %s: %d passages, %.1f MB UTF-8, %d runs single-threaded%n", lang, corpus.size(),
                bytes / 1e6, runs);
        out.printf(Locale.ROOT, "median %.2f MB per CPU-second (min %.2f, max %.2f); wall-clock median %.2f MB/s%n",
                rates[runs / 2], rates[0], rates[runs - 1], wall[runs / 2]);
        return 0;
    }

    /** Seconds of this thread's CPU time (wall time on a shared machine measures the neighbours too). */
    private static double[] time(TestimonyCoder coder, List<String> corpus) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sink = 0;
        for (String passage : corpus) {
            sink += coder.code(passage).suggestions().size();
        }
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return new double[] {(c1 - c0) / 1e9, (t1 - t0) / 1e9};
    }

    static List<String> corpus(String lang, long targetBytes) {
        List<String> out = new ArrayList<>();
        long bytes = 0;
        int i = 0;
        while (bytes < targetBytes) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 2000) {
                String[] pool = lang.equals("en") ? EN : lang.equals("ko") ? KO : (i / 12) % 2 == 0 ? EN : KO;
                sb.append(String.format(Locale.ROOT, pool[i % pool.length], 1990 + i % 30)).append(' ');
                i++;
            }
            String passage = sb.toString();
            out.add(passage);
            bytes += passage.getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }
}

package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.search.ReadOnlySearch;
import org.recourse.search.SearchRequest;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.search.Visibility;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code search}: queries the last commit of the index in {@code DIR/index} directly, read-only
 * and without Spring, so it starts fast and works beside a running server. Shows only untagged
 * passages unless {@code --grant} names access tags.
 */
final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search --data DIR [--json] [--grant TAG,..] [--sort relevance|newest|oldest] [--page N] QUERY   full-text search of passages";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "grant", "sort", "page");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positionals().isEmpty()) {
            throw new UsageException("give a query");
        }
        SearchRequest request = new SearchRequest(String.join(" ", args.positionals()), visibility(args), sort(args),
                args.intOption("page", 1, 1) - 1, 20, true);
        Path data = DataContext.dataDir(args.option("data"));
        if (!Files.isDirectory(data)) {
            throw new UsageException("no data folder at " + data + "; give --data the folder that ./recourse serve uses");
        }
        Path folder = data.resolve("index");
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no search index in " + folder + "; index passages first");
        }
        try (ReadOnlySearch index = new ReadOnlySearch(folder)) {
            SearchResult result = index.search(request);
            if (args.flag("json")) {
                out.println(JsonMapper.builder().build().writeValueAsString(result));
            } else {
                print(result, out);
            }
        }
        return 0;
    }

    private static Visibility visibility(Args args) {
        return args.option("grant").map(g -> new Visibility(Set.copyOf(Arrays.asList(g.split(","))))).orElse(Visibility.untaggedOnly());
    }

    private static SortOrder sort(Args args) {
        return switch (args.option("sort").orElse("relevance")) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "newest" -> SortOrder.NEWEST_FIRST;
            case "oldest" -> SortOrder.OLDEST_FIRST;
            default -> throw new UsageException("--sort takes relevance, newest or oldest");
        };
    }

    private static void print(SearchResult r, PrintStream out) {
        out.println(r.total() + (r.totalIsLowerBound() ? "+" : "") + " passages" + (r.timedOut() ? " (timed out; partial)" : ""));
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%s  testimony %s  %.2f%n    %s%n", h.passageId(), h.testimonyId(), h.score(), h.snippetText("[", "]"));
        }
        Map<String, String> facets = new LinkedHashMap<>();
        r.facets().forEach((field, counts) -> facets.put(field, summary(counts)));
        facets.forEach((field, s) -> out.println(field + ": " + s));
    }

    private static String summary(List<SearchResult.FacetCount> counts) {
        return String.join(", ", counts.stream().limit(8).map(c -> c.code() + " " + c.count()).toList());
    }
}

package org.recourse.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.recourse.indexing.PassageSearch;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code reindex}: rebuilds the search index of a data folder from its database (server stopped). */
final class ReindexCommand implements Command {

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex [--data DIR]   rebuild the search index from the database (stop the server first)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.refuseArguments();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = DataContext.openCollection(args, Map.of())) {
            long passages = context.getBean(PassageSearch.class).rebuild();
            out.printf("reindexed %,d passages in %.1f s%n", passages, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}

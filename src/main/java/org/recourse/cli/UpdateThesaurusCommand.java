package org.recourse.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.recourse.vocabulary.SeedUpdate;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code update-thesaurus}: brings the starting thesauri of this version (new terms, new
 * synonyms) into a data folder seeded by an older version, keeping every administrator's edit.
 */
final class UpdateThesaurusCommand implements Command {

    @Override
    public String name() {
        return "update-thesaurus";
    }

    @Override
    public String usage() {
        return "update-thesaurus [--data DIR]   add this version's new thesaurus terms and synonyms (never one an administrator removed)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.refuseArguments();
        try (ConfigurableApplicationContext context = DataContext.openCollection(args, Map.of())) {
            SeedUpdate update = context.getBean(Vocabulary.class).addFromSeed();
            out.printf("thesaurus: %d terms added, %d terms got %d synonyms%n", update.termsAdded(),
                    update.termsExtended(), update.synonymsAdded());
        }
        return 0;
    }
}

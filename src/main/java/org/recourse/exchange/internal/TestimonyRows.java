package org.recourse.exchange.internal;

import static org.recourse.exchange.internal.Columns.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recourse.exchange.ImportProblem;
import org.recourse.testimony.TestimonyForm;

/** Validates a testimony table; every testimony belongs to the source the user chose. */
public final class TestimonyRows {

    static final int MAX_TEXT = 2_000_000;

    private TestimonyRows() {
    }

    public static Parsed read(Table table, Codes codes, Optional<String> sourceId, java.util.Set<String> pseudonyms) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (sourceId.isEmpty()) {
            problems.add(new ImportProblem(0, "source", "choose the source these testimonies belong to"));
        }
        List<Parsed.ParsedTestimony> out = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Cells c = new Cells(table, row, codes);
            String language = c.get("language");
            if (!language.equals("ko") && !language.equals("en")) {
                c.problem("language", "must be ko or en");
            }
            TestimonyForm form = new TestimonyForm(sourceId.orElse(""), null, c.text(TITLE, 300, true), language,
                    c.text("body", MAX_TEXT, true), c.text("translation", MAX_TEXT, false), c.date("recorded_on"),
                    c.text("interviewer", 200, false));
            String speaker = c.get("speaker_pseudonym");
            if (!speaker.isEmpty() && !pseudonyms.contains(speaker)) {
                c.problem("speaker_pseudonym", "names no recorded person");
            }
            problems.addAll(c.problems());
            if (c.problems().isEmpty()) {
                out.add(new Parsed.ParsedTestimony(row.number(), form, speaker));
            }
        }
        return new Parsed(List.of(), out, table.rows().size() + table.problems().size(), problems, out.size());
    }
}

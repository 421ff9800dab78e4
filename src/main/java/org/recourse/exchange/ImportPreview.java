package org.recourse.exchange;

import java.util.List;

/**
 * What an import would store, before anything is stored: the kind of file, the encoding it
 * was read in, how many data rows and how many of them are valid, every problem with its row
 * and column, and the first rows for the user to look at.
 */
public record ImportPreview(ImportKind kind, String encoding, int rows, int validRows, List<ImportProblem> problems,
        List<String> columns, List<List<String>> sample) {

    public ImportPreview {
        problems = List.copyOf(problems);
        columns = List.copyOf(columns);
        sample = sample.stream().map(List::copyOf).toList();
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

package org.recourse.linkage;

import java.util.List;

/** A delimited file as read: its header, its rows (each as long as the header) and the line each row starts on. */
public record Table(String file, List<String> header, List<List<String>> rows, List<Long> lines) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
    }

    public int column(String name) {
        return header.indexOf(name);
    }
}

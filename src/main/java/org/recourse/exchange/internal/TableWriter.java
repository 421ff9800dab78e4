package org.recourse.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes rows to a spreadsheet file; every cell goes through {@link Formulas#neutralise}. */
public interface TableWriter extends AutoCloseable {

    void row(List<String> cells) throws IOException;

    @Override
    void close() throws IOException;

    /** UTF-8 CSV with a byte order mark, so that Excel reads Korean correctly. */
    static TableWriter csv(OutputStream out) throws IOException {
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        return new TableWriter() {
            @Override
            public void row(List<String> cells) throws IOException {
                printer.printRecord(cells.stream().map(Formulas::neutralise).toList());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
                w.flush();
            }
        };
    }

    /** XLSX, streamed (SXSSF keeps 100 rows in memory); cells are text cells, never formulas. */
    static TableWriter xlsx(OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        Sheet sheet = book.createSheet("incidents");
        return new TableWriter() {
            private int next;

            @Override
            public void row(List<String> cells) {
                Row r = sheet.createRow(next++);
                for (int i = 0; i < cells.size(); i++) {
                    r.createCell(i).setCellValue(Formulas.neutralise(cells.get(i)));
                }
            }

            @Override
            public void close() throws IOException {
                book.write(out);
                book.close();
            }
        };
    }
}

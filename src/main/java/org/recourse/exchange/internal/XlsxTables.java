package org.recourse.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recourse.exchange.ImportProblem;
import org.recourse.shared.InvalidInputException;

/**
 * Reads the first sheet of an XLSX workbook as text cells, as the spreadsheet shows them;
 * date cells become ISO dates. Formulas are read as their cached value, never evaluated.
 */
public final class XlsxTables {

    private XlsxTables() {
    }

    public static Table read(InputStream in) {
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> header = List.of();
            List<Table.Row> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = cells(r, format);
                if (r.getRowNum() == sheet.getFirstRowNum()) {
                    header = Table.normalise(cells);
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (cells.size() > header.size()) {
                    problems.add(new ImportProblem(r.getRowNum() + 1, "", "has cells beyond the last column of the header"));
                    continue;
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                int nul = Table.nulCell(cells);
                if (nul >= 0) {
                    problems.add(new ImportProblem(r.getRowNum() + 1, header.get(nul), Table.NUL));
                    continue;
                }
                rows.add(new Table.Row(r.getRowNum() + 1, cells));
            }
            return new Table(header, rows, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("file", "is not a readable XLSX workbook");
        }
    }

    private static List<String> cells(Row r, DataFormatter format) {
        List<String> out = new ArrayList<>();
        int last = r.getLastCellNum();
        for (int i = 0; i < last; i++) {
            Cell c = r.getCell(i);
            out.add(c == null ? "" : text(c, format));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String text(Cell c, DataFormatter format) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.STRING) {
            return c.getStringCellValue();
        }
        return c.getCellType() == CellType.FORMULA ? "" : format.formatCellValue(c);
    }
}

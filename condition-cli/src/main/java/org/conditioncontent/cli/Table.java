package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;

/** Lays rows of text out in columns, two spaces apart, for the listing subcommands. */
final class Table {

    private static final String GAP = "  ";

    private Table() {}

    /**
     * Aligns rows: every column but the last is padded to its widest cell.
     *
     * @param rows the rows; each has the same number of cells
     * @return one line per row, without trailing spaces
     */
    static List<String> lines(List<List<String>> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length())).append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}

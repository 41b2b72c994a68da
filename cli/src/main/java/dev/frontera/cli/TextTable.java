package dev.frontera.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows of cells as an aligned text table; numbers right-aligned. */
final class TextTable {
    private TextTable() {}

    static void print(List<List<String>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = rows.get(r).get(i);
                boolean numeric = r > 0 && !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '+'
                        || cell.charAt(0) == '-') && i > 0;
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(numeric ? padding + cell : cell + padding);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}

package dev.frontera.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints rows of cells as an aligned text table. A column whose cells are all numbers (counts,
 * rates, percentages) is right-aligned; any other column, such as file names that start with a
 * digit or dates, is left-aligned.
 */
final class TextTable {
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private TextTable() {}

    static void print(List<List<String>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < columns; i++) {
                String cell = rows.get(r).get(i);
                widths[i] = Math.max(widths[i], cell.length());
                if (r > 0 && !cell.isEmpty() && !NUMBER.matcher(cell).matches()) {
                    numeric[i] = false;
                }
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(numeric[i] ? padding + cell : cell + padding);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}

package org.nafitha.sample.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample's embedded CSV tables: UTF-8, a header line, '#' comment lines, RFC 4180 quotes.
 * A malformed cell names the file, line and column.
 */
public final class CsvTable {

    /** One data line, with its line number in the file for error messages. */
    public final class Row {
        private final String[] cells;
        private final int line;

        Row(String[] cells, int line) {
            this.cells = cells;
            this.line = line;
        }

        public String text(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalStateException(file + ": no column '" + column + "' in the header");
            }
            return i < cells.length ? cells[i].trim() : "";
        }

        public double decimal(String column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw error(column, "a decimal number");
            }
        }

        public long integer(String column) {
            try {
                return Long.parseLong(text(column));
            } catch (NumberFormatException e) {
                throw error(column, "a whole number");
            }
        }

        public IllegalStateException error(String column, String expected) {
            return new IllegalStateException(file + " line " + line + ", column '" + column + "': expected "
                    + expected + ", found '" + text(column) + "'");
        }
    }

    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    public List<Row> rows() {
        return rows;
    }

    public static CsvTable read(String file, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("sample data file missing: " + file);
        }
        CsvTable table = new CsvTable(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            boolean header = true;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = split(text, file, line);
                if (header) {
                    for (int i = 0; i < cells.length; i++) {
                        table.columns.put(cells[i].trim(), i);
                    }
                    header = false;
                } else {
                    table.rows.add(table.new Row(cells, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return table;
    }

    static String[] split(String text, String file, int line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(file + " line " + line + ": unterminated quoted cell");
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}

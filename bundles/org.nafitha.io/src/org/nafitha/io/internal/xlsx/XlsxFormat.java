package org.nafitha.io.internal.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;

/**
 * Excel workbooks (.xlsx, Office Open XML), read and written with Apache POI's streaming APIs so that sheets of
 * hundreds of thousands of rows need no more memory than a few rows.
 * <p>
 * Reading takes the first sheet that holds anything; its first row with a value names the columns and each later row
 * is a feature without geometry ("row N", as Excel numbers rows). Text gives String, whole numbers Long, other numbers
 * Double, TRUE/FALSE Boolean, a date-formatted number an ISO 8601 String, a formula its last computed value, an empty
 * cell null; an error value such as {@code #DIV/0!} is an {@link ImportException}. Files that are not .xlsx workbooks
 * (a renamed CSV, an .xls, an empty or truncated file), XML with a document type declaration, and zip bombs are
 * refused with an ImportException naming the file.
 * <p>
 * Writing makes one sheet named after the schema, with a bold header row and typed cells; points add "lon" and "lat"
 * columns, other geometries a "wkt" column. See {@link XlsxWriter}.
 */
public final class XlsxFormat implements Format {

    static {
        // POI logs through the Log4j API; without a provider Log4j prints an error on first use. Unless the user chose
        // otherwise, use Log4j's simple provider and keep it quiet: problems reach the user as ImportExceptions.
        if (System.getProperty("log4j2.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            if (System.getProperty("log4j2.simplelogLevel") == null) {
                System.setProperty("log4j2.simplelogLevel", "OFF");
            }
        }
    }

    public XlsxFormat() {
        // created by the org.nafitha.io.formats extension registry
    }

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String name() {
        return "Excel workbook (XLSX)";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public FeatureReader open(Path file) throws ImportException {
        return XlsxReader.open(file);
    }

    @Override
    public FeatureWriter create(Path file, Schema schema) throws IOException {
        return new XlsxWriter(file, schema);
    }
}

package org.nafitha.io.internal.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Gives a raw cell of a sheet its value as a feature attribute: text as String; a number as Long when it is whole and
 * fits a long, otherwise as Double; a number formatted as a date as an ISO 8601 String ("2024-03-01", or
 * "2024-03-01T08:30:00" when it has a time of day, or "08:30:00" when it is below 1, a time alone); TRUE/FALSE as
 * Boolean; an empty cell or empty text as null. A formula cell gives its cached value, typed the same way. An error
 * value such as {@code #DIV/0!} is refused. Text has Excel's {@code _xHHHH_} escapes undone ({@link XmlText}).
 */
final class CellDecoder {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StringTable sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    /**
     * @param sharedStrings the workbook's shared strings
     * @param styles the workbook's styles, or null when it has none (then no number is read as a date)
     * @param date1904 whether the workbook counts days from 1904 (old Mac Excel) rather than from 1900
     */
    CellDecoder(StringTable sharedStrings, StylesTable styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The cell's value: String, Long, Double, Boolean or null. */
    Object decode(SheetCursor.RawCell cell) throws ContentException {
        String type = cell.type() == null ? "n" : cell.type();
        String text = cell.text();
        switch (type) {
            case "n":
                return text == null || text.isBlank() ? null : number(text.strip(), cell.style());
            case "s":
                return text == null || text.isBlank() ? null : sharedString(text.strip());
            case "inlineStr", "str":
                return text == null || text.isEmpty() ? null : XmlText.unescape(text);
            case "b":
                return text == null || text.isBlank() ? null : bool(text.strip());
            case "d": // an ISO 8601 date, time or date-time, written by some tools instead of a serial number
                return text == null || text.isBlank() ? null : text.strip();
            case "e":
                throw new ContentException("a value", text == null ? "an error value" : text.strip());
            default:
                throw new ContentException("a cell type Excel knows (n, s, str, inlineStr, b, e, d)", type);
        }
    }

    private String sharedString(String index) throws ContentException {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new ContentException("the index of a shared string", index);
        }
        if (i < 0 || i >= sharedStrings.size()) {
            throw new ContentException("the index of one of the " + sharedStrings.size() + " shared strings", index);
        }
        String value = sharedStrings.get(i);
        return value.isEmpty() ? null : value;
    }

    private static Boolean bool(String text) throws ContentException {
        switch (text) {
            case "1", "true":
                return Boolean.TRUE;
            case "0", "false":
                return Boolean.FALSE;
            default:
                throw new ContentException("a boolean (1 or 0)", text);
        }
    }

    private Object number(String text, int style) throws ContentException {
        BigDecimal exact;
        try {
            exact = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ContentException("a number", text);
        }
        double value = exact.doubleValue();
        if (!Double.isFinite(value)) {
            throw new ContentException("a number Excel can hold", text);
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
            return isoDate(value);
        }
        boolean whole = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
        if (whole && exact.compareTo(LONG_MIN) >= 0 && exact.compareTo(LONG_MAX) <= 0) {
            return exact.longValueExact();
        }
        return value;
    }

    private String isoDate(double serial) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
        if (serial < 1) {
            return TIME.format(dateTime);
        }
        if (dateTime.toLocalTime().toSecondOfDay() == 0) {
            return DATE.format(dateTime);
        }
        return DATE_TIME.format(dateTime);
    }

    private boolean isDateStyle(int style) {
        if (styles == null || style < 0) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, this::lookUpDateStyle);
    }

    private boolean lookUpDateStyle(int style) {
        XSSFCellStyle cellStyle;
        try {
            cellStyle = styles.getStyleAt(style);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
        if (cellStyle == null) {
            return false;
        }
        String format = cellStyle.getDataFormatString();
        return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
    }
}

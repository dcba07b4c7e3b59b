package org.sapledger.app.web;

import java.util.List;

/** RFC 4180 CSV as the API writes it: CRLF line ends, quoted fields where needed, text a spreadsheet won't run. */
public final class Csv {

    /** The media type of every CSV answer. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /** Appends one row: the cells separated by commas, each quoted when it must be, then CRLF. */
    public static void appendRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, cells.get(i));
        }
        out.append(CRLF);
    }

    /**
     * Free text as a cell that a spreadsheet shows as text and never evaluates (a leading {@code = + - @}, tab or
     * carriage return gets a {@code '} in front, as OWASP advises against formula injection); null is empty.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static void appendField(StringBuilder out, String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        if (!quote) {
            out.append(field);
            return;
        }
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}

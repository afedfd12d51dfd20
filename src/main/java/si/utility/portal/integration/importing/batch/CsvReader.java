package si.utility.portal.integration.importing.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by commas, records by CRLF or LF, fields in double quotes may hold
 * commas, line breaks and {@code ""} for a quote. UTF-8, with or without a byte order mark; bytes that are not
 * UTF-8 are refused, not replaced. Empty lines are skipped. Holds one record in memory, and refuses a field or a
 * record longer than its limits, so a hostile file cannot exhaust the heap.
 */
public final class CsvReader implements Closeable {

    private static final int BOM = '\uFEFF';

    private final Reader in;
    private final CsvLimits limits;
    private long line = 1;
    private boolean first = true;
    private int pushedBack = -2;

    public CsvReader(InputStream bytes, CsvLimits limits) {
        this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65536);
        this.limits = limits;
    }

    /** The next record with the line it starts on (the first line is 1), or {@code null} at the end. */
    public CsvRecord next() throws IOException {
        while (true) {
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int recordLength = 0;
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    skipLf();
                }
                line++;
                continue;
            }
            boolean quoted = false;
            boolean afterQuoted = false;
            while (true) {
                if (c == -1) {
                    if (quoted) {
                        throw new CsvFormatException(start, "a quoted field is not closed before the end of the file");
                    }
                    fields.add(field.toString());
                    return record(start, fields);
                }
                if (++recordLength > limits.maxRecordChars()) {
                    throw new CsvFormatException(start, "the record is longer than " + limits.maxRecordChars()
                            + " characters");
                }
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            append(field, '"', start);
                        } else {
                            quoted = false;
                            afterQuoted = true;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        } else if (c == '\r') {
                            int d = read();
                            if (d != '\n') {
                                unread(d);
                            } else {
                                append(field, '\r', start);
                                c = '\n';
                            }
                            line++;
                        }
                        append(field, (char) c, start);
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        skipLf();
                    }
                    line++;
                    fields.add(field.toString());
                    return record(start, fields);
                } else if (afterQuoted) {
                    throw new CsvFormatException(line, "a character follows the closing quote of a field");
                } else if (c == '"') {
                    if (field.length() > 0) {
                        throw new CsvFormatException(line, "a quote inside an unquoted field (quote the field "
                                + "and double the quote)");
                    }
                    quoted = true;
                } else {
                    append(field, (char) c, start);
                }
                c = read();
            }
        }
    }

    private CsvRecord record(long start, List<String> fields) {
        if (fields.size() > limits.maxFields()) {
            throw new CsvFormatException(start, "the record has more than " + limits.maxFields() + " fields");
        }
        return new CsvRecord(start, List.copyOf(fields));
    }

    private void append(StringBuilder field, char c, long start) {
        if (field.length() >= limits.maxFieldChars()) {
            throw new CsvFormatException(start, "a field is longer than " + limits.maxFieldChars() + " characters");
        }
        field.append(c);
    }

    private void skipLf() throws IOException {
        int d = read();
        if (d != '\n') {
            unread(d);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c;
        try {
            c = in.read();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(line, "the file is not valid UTF-8");
        }
        if (first) {
            first = false;
            if (c == BOM) {
                return read();
            }
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one file, row by row, streaming: header, family, rows, duplicate check, hash. Keeps
 * track of the line being read so that any failure, down to a decoding or gzip error, can say
 * where it happened.
 */
final class OfficialFileParser {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Path file;
    private final String name;
    private final List<FamilyReader> readers;
    private List<String> header;
    /** Line breaks consumed by the parser once the previous record was read. */
    private long linesConsumed;

    OfficialFileParser(Path file, List<FamilyReader> readers) {
        this.file = file;
        this.name = PublishedBytes.publishedName(file);
        this.readers = readers;
    }

    ParsedFile parse() {
        try (PublishedBytes bytes = PublishedBytes.open(file);
                CSVParser parser = CSVParser.parse(bytes.text(), FORMAT)) {
            return parse(bytes, parser);
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (IOException e) {
            throw translate(e);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException cause) {
                throw translate(cause);
            }
            throw e;
        }
    }

    private ParsedFile parse(PublishedBytes bytes, CSVParser parser) throws IOException {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw malformedLine(1, "the file is empty; expected the header row of a CBP encounters file");
        }
        header = trimmed(records.next());
        linesConsumed = parser.getCurrentLineNumber();
        HeaderMatcher.Match match = HeaderMatcher.match(name, header, readers);
        FamilyReader reader = match.reader();
        List<Observation> observations = new ArrayList<>(1 << 16);
        Map<RowKey, Long> firstLineOfKey = new HashMap<>(1 << 17);
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = linesConsumed + 1;
            linesConsumed = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // a blank line carries no row
            }
            checkFieldCount(record, line);
            FamilyReader.ReadRow row = reader.read(new CsvRow(name, reader.header(), match.columns(), line, record));
            Long earlier = firstLineOfKey.putIfAbsent(new RowKey(row.grouping(), row.observation()), line);
            if (earlier != null) {
                throw duplicate(earlier, line, match);
            }
            observations.add(row.observation());
        }
        if (observations.isEmpty()) {
            throw malformedLine(linesConsumed + 1, "the file has a header but no data rows");
        }
        return new ParsedFile(name, bytes.finishSha256(), reader.family(), observations);
    }

    private void checkFieldCount(CSVRecord record, long line) {
        int size = record.size();
        if (size == header.size()) {
            return;
        }
        if (size < header.size()) {
            throw CsvRow.malformed(
                    name,
                    line,
                    size,
                    header.get(size),
                    "the line has %d fields where the header has %d; column %d (%s) onwards is missing"
                            .formatted(size, header.size(), size + 1, header.get(size)));
        }
        throw new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: %s, column %d (after the last column, %s): the line has %d fields where the header has %d (an unquoted comma?)"
                        .formatted(
                                name,
                                CsvRow.line(line),
                                header.size() + 1,
                                header.get(header.size() - 1),
                                size,
                                header.size()));
    }

    private FronteraException duplicate(long earlier, long line, HeaderMatcher.Match match) {
        // The count is the family's last column; the columns before it name the row.
        List<String> family = match.reader().header();
        String keyColumns = String.join(", ", family.subList(0, family.size() - 1));
        String which = match.inOrder() ? "columns 1-%d (%s)".formatted(family.size() - 1, keyColumns) : keyColumns;
        return new FronteraException(
                ErrorCode.MALFORMED_FILE,
                ("%s: %s repeats %s: %s are the same, so one count would be added twice")
                        .formatted(name, CsvRow.line(line), CsvRow.line(earlier), which));
    }

    private FronteraException translate(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new FronteraException(ErrorCode.NOT_FOUND, "%s: no such file".formatted(file), e);
        }
        if (e instanceof CharacterCodingException) {
            return notUtf8(e);
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    "%s: %s: the gzip data is truncated or corrupt (%s); download the file again"
                            .formatted(name, CsvRow.line(linesConsumed + 1), e.getMessage()),
                    e);
        }
        if (e.getCause() instanceof IOException cause && cause != e) {
            return translate(cause);
        }
        return new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: %s: cannot read the line as CSV (%s)"
                        .formatted(name, CsvRow.line(linesConsumed + 1), e.getMessage()),
                e);
    }

    private FronteraException notUtf8(IOException e) {
        try {
            return InvalidUtf8Locator.locate(file)
                    .map(at -> {
                        String columnName = columnName(at);
                        return CsvRow.malformed(
                                name,
                                at.line(),
                                at.column(),
                                columnName,
                                ("byte 0x%02X (byte %d of the line) is not valid UTF-8; CBP publishes UTF-8, so the file "
                                                + "was probably re-saved in another encoding such as Latin-1 or Windows-1252")
                                        .formatted(at.offendingByte(), at.byteInLine()));
                    })
                    .orElseGet(() -> malformedLine(linesConsumed + 1, "the text is not valid UTF-8"));
        } catch (IOException again) {
            return malformedLine(linesConsumed + 1, "the text is not valid UTF-8");
        }
    }

    /** The header's name for the column, read from the file's first line when it decoded. */
    private static String columnName(InvalidUtf8Locator.Location at) {
        if (at.headerLine() == null) {
            return "header";
        }
        try (CSVParser headerParser = CSVParser.parse(at.headerLine().replace("\uFEFF", ""), FORMAT)) {
            List<String> names = trimmed(headerParser.iterator().next());
            return at.column() < names.size() ? names.get(at.column()) : "after the last column";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private FronteraException malformedLine(long line, String reason) {
        return new FronteraException(ErrorCode.MALFORMED_FILE, "%s: %s: %s".formatted(name, CsvRow.line(line), reason));
    }

    private static List<String> trimmed(CSVRecord record) {
        List<String> names = new ArrayList<>(record.size());
        for (String value : record) {
            names.add(value.trim());
        }
        return List.copyOf(names);
    }

    /** What makes two rows the same row: every column but the count. */
    private record RowKey(String grouping, Observation observation) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof RowKey key)) {
                return false;
            }
            Observation a = observation;
            Observation b = key.observation;
            return grouping.equals(key.grouping)
                    && a.month().equals(b.month())
                    && Objects.equals(a.region(), b.region())
                    && Objects.equals(a.component(), b.component())
                    && Objects.equals(a.area(), b.area())
                    && Objects.equals(a.state(), b.state())
                    && Objects.equals(a.demographic(), b.demographic())
                    && Objects.equals(a.citizenship(), b.citizenship())
                    && Objects.equals(a.title(), b.title());
        }

        @Override
        public int hashCode() {
            Observation o = observation;
            int hash = grouping.hashCode();
            hash = 31 * hash + o.month().hashCode();
            hash = 31 * hash + Objects.hashCode(o.region());
            hash = 31 * hash + Objects.hashCode(o.component());
            hash = 31 * hash + Objects.hashCode(o.area());
            hash = 31 * hash + Objects.hashCode(o.state());
            hash = 31 * hash + Objects.hashCode(o.demographic());
            hash = 31 * hash + Objects.hashCode(o.citizenship());
            return 31 * hash + Objects.hashCode(o.title());
        }
    }
}

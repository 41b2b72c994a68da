package dev.frontera.server.api;

import dev.frontera.core.query.Release;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link DataTable} as files: a plain CSV (a header row, then data; no comment lines, so
 * {@code pandas.read_csv}, R's {@code read.csv} and DuckDB's {@code read_csv} read it with their
 * defaults) and a Frictionless Data Package ({@code datapackage.json}) that gives the title, the
 * meaning and type of every column, and the official releases the figures come from. Together
 * they travel as a zip.
 */
final class DataPackage {
    static final String DESCRIPTOR = "datapackage.json";

    private DataPackage() {}

    static String csv(DataTable table) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(
                    table.fields().stream().map(DataTable.Field::name).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(DataPackage::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The descriptor of a package whose one resource is the table's CSV at {@code csvPath} (a
     * path beside the descriptor, or a URL relative to it).
     */
    static Map<String, Object> descriptor(DataTable table, String csvPath, Instant created) {
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (DataTable.Field field : table.fields()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", field.name());
            item.put("type", field.type());
            item.put("description", field.description());
            fields.add(item);
        }
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));

        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", table.name());
        resource.put("path", csvPath);
        resource.put("profile", "tabular-data-resource");
        resource.put("title", table.title());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "header", true, "doubleQuote", true));
        resource.put("schema", schema);

        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", table.name());
        descriptor.put("title", table.title());
        descriptor.put("description", table.description());
        descriptor.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        descriptor.put("keywords", List.of("border encounters", "CBP", "DHS", "official statistics"));
        descriptor.put(
                "licenses",
                List.of(Map.of("name", "other-pd", "title", "Figures from US government works, in the public domain")));
        descriptor.put(
                "sources", table.releases().stream().map(DataPackage::source).toList());
        descriptor.put("resources", List.of(resource));
        return descriptor;
    }

    /** The CSV and its descriptor in one zip: {@code NAME.csv} and {@code datapackage.json}. */
    static byte[] zip(DataTable table, Instant created) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, table.name() + ".csv", csv(table), created);
            entry(zip, DESCRIPTOR, AnswerFormat.prettyJson(descriptor(table, table.name() + ".csv", created)), created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text, Instant created) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(created.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Map<String, Object> source(Release release) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("title", ReleaseJson.title(release));
        source.put("path", release.sourceUrl().orElse(ReleaseJson.page(release)));
        source.put("release_id", release.id());
        source.put("file", release.name());
        source.put("sha256", release.sha256());
        return source;
    }

    private static Object cell(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }
}

package dev.frontera.data.read;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The front door for reading CBP's official encounter files.
 *
 * <pre>{@code
 * ParsedFile file = OfficialFiles.read(Path.of("nationwide-encounters-fy21-fy24-nov-state.csv.gz"));
 * file.family();        // Family.NATIONWIDE_BY_STATE
 * file.observations();  // one Observation per data row, months as calendar months
 * }</pre>
 *
 * <p>CSV families: {@link Family#NATIONWIDE_BY_STATE}, {@link Family#NATIONWIDE_BY_AREA}
 * and {@link Family#SOUTHWEST_BY_COMPONENT}, found from the header row, never the file name; the
 * file may be plain or gzip-compressed (recognised by its first bytes). DHS statistics workbooks
 * (xlsx, recognised by their sheet names): {@link Family#OHSS_USBP_MONTHLY},
 * {@link Family#OHSS_SOUTHWEST_MONTHLY}. Border Patrol historical PDFs (recognised by their
 * title): {@link Family#USBP_MONTHLY_BY_SECTOR}, {@link Family#USBP_SOUTHWEST_BY_SECTOR_YEARLY},
 * {@link Family#USBP_NATIONWIDE_YEARLY}; every PDF table is reconciled with its printed totals.
 * It is streamed: memory grows with the number of rows, not with the bytes read.
 *
 * <p>Every value is checked. A file that cannot be read as published fails with a
 * {@link dev.frontera.core.FronteraException} whose message names the file, the line, the
 * column and the reason; nothing is skipped silently.
 */
public final class OfficialFiles {
    private OfficialFiles() {}

    /**
     * Reads and validates one official file.
     *
     * @param file a CBP encounters CSV, plain or gzipped
     * @return the file's name as published (without a trailing {@code .gz}), the SHA-256 of its
     *     published (uncompressed) bytes, its family and one observation per data row
     * @throws dev.frontera.core.FronteraException with {@code UNSUPPORTED_FILE} when the header
     *     row is not one of a known family's; {@code MALFORMED_FILE} for an empty file, a file
     *     with no rows, a damaged header, a bad value, a repeated row, text that is not UTF-8
     *     or truncated gzip data; {@code NOT_FOUND} when the file does not exist
     */
    public static ParsedFile read(Path file) {
        requireNonNull(file, "file is null");
        return switch (PublishedDocument.kindOf(file)) {
            case WORKBOOK -> OhssWorkbooks.read(PublishedDocument.read(file));
            case PDF -> UsbpPdfs.read(PublishedDocument.read(file));
            case TEXT -> new OfficialFileParser(file, readers()).parse();
        };
    }

    /**
     * The SHA-256 of a file's published bytes (gunzipped when stored gzipped), without reading it
     * as a release: the same hash {@link #read} gives, so a store can tell a file it already holds.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String publishedSha256(Path file) {
        requireNonNull(file, "file is null");
        try (PublishedBytes bytes = PublishedBytes.open(file)) {
            return bytes.finishSha256();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Fresh readers, one per known family: they cache labels for the one file they read. */
    static List<FamilyReader> readers() {
        return List.of(new NationwideByStateReader(), new SouthwestByComponentReader(), new NationwideByAreaReader());
    }

    /**
     * The official files under a folder, in a stable order: CSV releases (plain or gzipped), DHS
     * workbooks and Border Patrol PDF tables. Not a {@code derived} folder (conversions made by
     * others, not official files) and not CBP's data dictionary.
     */
    public static List<Path> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no such folder: " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isOfficialName(file.getFileName().toString()))
                    .filter(file -> !folder.relativize(file)
                            .toString()
                            .replace('\\', '/')
                            .contains("derived/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isOfficialName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean known =
                name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx") || name.endsWith(".pdf");
        return known && !name.contains("data-dictionary");
    }
}

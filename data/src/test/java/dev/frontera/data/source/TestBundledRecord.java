package dev.frontera.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Family;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The record shipped in {@code record/} is what its PROVENANCE.md says it is: every file there
 * and listed, byte for byte (SHA-256 of the stored file, and of the published bytes inside a
 * gzipped one), and dated as Frontera's release catalog dates it.
 */
class TestBundledRecord {
    // "| <sha256 as stored>  <path> | covers | published | <sha256 as published or 'same'> | source |"
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([0-9a-f]{64})  ([^|]+?) \\| [^|]+ \\| (≈ )?(\\d{4}-\\d{2}-\\d{2})? ?\\| ([0-9a-f]{64}|same) \\|.*$");

    private record Listed(String storedSha256, boolean estimated, String published, String publishedSha256) {}

    private static Map<String, Listed> provenance() throws IOException {
        Map<String, Listed> listed = new LinkedHashMap<>();
        for (String line :
                Files.readAllLines(BundledRecord.folder().resolve("PROVENANCE.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                listed.put(
                        row.group(2),
                        new Listed(
                                row.group(1),
                                row.group(3) != null,
                                row.group(4),
                                row.group(5).equals("same") ? row.group(1) : row.group(5)));
            }
        }
        return listed;
    }

    private static List<String> filesInTheFolder() throws IOException {
        Path folder = BundledRecord.folder();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString())
                    .filter(name -> !name.equals("PROVENANCE.md"))
                    .sorted()
                    .toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_file_is_listed_and_every_listed_file_is_there_byte_for_byte() throws IOException {
        Map<String, Listed> listed = provenance();

        assertThat(listed.keySet())
                .containsExactlyInAnyOrderElementsOf(filesInTheFolder())
                .hasSize(24);
        for (Map.Entry<String, Listed> entry : listed.entrySet()) {
            Path file = BundledRecord.folder().resolve(entry.getKey());
            assertThat(sha256(file))
                    .as(entry.getKey())
                    .isEqualTo(entry.getValue().storedSha256());
            assertThat(OfficialFiles.publishedSha256(file))
                    .as(entry.getKey())
                    .isEqualTo(entry.getValue().publishedSha256());
        }
    }

    @Test
    void the_official_files_are_the_23_releases_and_their_dates_are_the_catalogs() throws IOException {
        Map<String, Listed> listed = provenance();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        List<Path> files = BundledRecord.files();

        assertThat(files).hasSize(23);
        for (Path file : files) {
            Listed entry = listed.get(BundledRecord.folder().relativize(file).toString());
            ParsedFile parsed = OfficialFiles.read(file);
            Publication publication = catalog.describe(parsed.name(), parsed.family(), parsed.lastMonth());
            assertThat(publication.published()).as(parsed.name()).isEqualTo(LocalDate.parse(entry.published()));
            assertThat(publication.estimated()).as(parsed.name()).isEqualTo(entry.estimated());
            assertThat(parsed.sha256()).isEqualTo(entry.publishedSha256());
        }
        assertThat(files).extracting(file -> OfficialFiles.read(file).family()).contains(Family.USBP_NATIONWIDE_YEARLY);
    }

    @Test
    void the_folder_is_described_for_messages() {
        assertThat(BundledRecord.describe()).startsWith("the official record ");
    }
}

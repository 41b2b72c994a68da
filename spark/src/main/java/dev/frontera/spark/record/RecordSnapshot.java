package dev.frontera.spark.record;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.Observation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The official record as one compact byte array, so that it can be broadcast to executors once
 * per job: every release's metadata and observations, dimension slugs written once in a
 * dictionary and referred to by number, the whole deflated. Decoding gives back a
 * {@link ReleaseSource} equal to the one encoded.
 */
public final class RecordSnapshot {
    private static final int MAGIC = 0x46524331; // "FRC1"
    private static final int NO_VALUE = -1;

    private RecordSnapshot() {}

    /** Every release of {@code source} with its observations. */
    public static byte[] encode(ReleaseSource source) {
        List<Release> releases = source.releases();
        Map<String, Integer> dictionary = new LinkedHashMap<>();
        List<List<Observation>> observations = new ArrayList<>();
        for (Release release : releases) {
            List<Observation> rows = source.observations(release.id());
            observations.add(rows);
            for (Observation row : rows) {
                for (String slug : slugs(row)) {
                    if (slug != null) {
                        dictionary.putIfAbsent(slug, dictionary.size());
                    }
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(dictionary.size());
            for (String slug : dictionary.keySet()) {
                out.writeUTF(slug);
            }
            out.writeInt(releases.size());
            for (int index = 0; index < releases.size(); index++) {
                writeRelease(out, releases.get(index));
                List<Observation> rows = observations.get(index);
                out.writeInt(rows.size());
                for (Observation row : rows) {
                    out.writeInt(monthNumber(row.month()));
                    for (String slug : slugs(row)) {
                        out.writeInt(slug == null ? NO_VALUE : dictionary.get(slug));
                    }
                    out.writeLong(row.count());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the official record", e);
        }
        return bytes.toByteArray();
    }

    /** The releases and observations of an encoded record, in the order encoded. */
    public static ReleaseSource decode(byte[] snapshot) {
        Map<Release, List<Observation>> releases = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(snapshot)))) {
            if (in.readInt() != MAGIC) {
                throw new FronteraException(
                        ErrorCode.INTERNAL, "the broadcast official record is not a Frontera record snapshot");
            }
            String[] dictionary = new String[in.readInt()];
            for (int index = 0; index < dictionary.length; index++) {
                dictionary[index] = in.readUTF();
            }
            int releaseCount = in.readInt();
            for (int index = 0; index < releaseCount; index++) {
                Release release = readRelease(in);
                int rowCount = in.readInt();
                List<Observation> rows = new ArrayList<>(rowCount);
                for (int row = 0; row < rowCount; row++) {
                    YearMonth month = month(in.readInt());
                    String[] slugs = new String[7];
                    for (int dimension = 0; dimension < slugs.length; dimension++) {
                        int code = in.readInt();
                        slugs[dimension] = code == NO_VALUE ? null : dictionary[code];
                    }
                    rows.add(new Observation(
                            month,
                            slugs[0],
                            slugs[1],
                            slugs[2],
                            slugs[3],
                            slugs[4],
                            slugs[5],
                            slugs[6],
                            in.readLong()));
                }
                releases.put(release, List.copyOf(rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the broadcast official record", e);
        }
        return new MemorySource(releases);
    }

    private static String[] slugs(Observation row) {
        return new String[] {
            row.region(), row.component(), row.area(), row.state(), row.demographic(), row.citizenship(), row.title()
        };
    }

    private static void writeRelease(DataOutputStream out, Release release) throws IOException {
        out.writeUTF(release.id());
        out.writeUTF(release.name());
        out.writeUTF(release.family().slug());
        out.writeUTF(release.sha256());
        out.writeBoolean(release.sourceUrl().isPresent());
        if (release.sourceUrl().isPresent()) {
            out.writeUTF(release.sourceUrl().get());
        }
        out.writeLong(release.published().toEpochDay());
        out.writeBoolean(release.publishedEstimated());
        out.writeInt(monthNumber(release.firstMonth()));
        out.writeInt(monthNumber(release.lastMonth()));
        out.writeLong(release.rows());
        out.writeBoolean(release.rounded());
    }

    private static Release readRelease(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        Family family = Family.bySlug(in.readUTF());
        String sha256 = in.readUTF();
        Optional<String> sourceUrl = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
        LocalDate published = LocalDate.ofEpochDay(in.readLong());
        boolean estimated = in.readBoolean();
        YearMonth first = month(in.readInt());
        YearMonth last = month(in.readInt());
        return new Release(
                id,
                name,
                family,
                sha256,
                sourceUrl,
                published,
                estimated,
                first,
                last,
                in.readLong(),
                in.readBoolean());
    }

    private static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static YearMonth month(int number) {
        return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
    }

    /** Releases held in memory, looked up by id. */
    private static final class MemorySource implements ReleaseSource {
        private final List<Release> releases;
        private final Map<String, List<Observation>> observations = new HashMap<>();

        MemorySource(Map<Release, List<Observation>> content) {
            this.releases = List.copyOf(content.keySet());
            content.forEach((release, rows) -> observations.put(release.id(), rows));
        }

        @Override
        public List<Release> releases() {
            return releases;
        }

        @Override
        public List<Observation> observations(String releaseId) {
            List<Observation> rows = observations.get(releaseId);
            if (rows == null) {
                throw new FronteraException(
                        ErrorCode.INTERNAL,
                        "release '%s' is not in the broadcast official record".formatted(releaseId));
            }
            return rows;
        }
    }
}

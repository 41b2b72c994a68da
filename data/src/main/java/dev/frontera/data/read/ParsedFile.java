package dev.frontera.data.read;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Family;
import java.time.YearMonth;
import java.util.List;

/**
 * An official file read in full and validated, ready to be stored as a release.
 *
 * @param name the file name as published, without a {@code .gz} we added ({@code sbo-encounters-fy19-fy22.csv})
 * @param sha256 of the bytes as published (uncompressed when the file came gzipped)
 * @param observations one per data row; rows CBP splits into {@code FYTD} and {@code Remaining}
 *     stay separate observations of the same month (the store and engine sum them)
 */
public record ParsedFile(String name, String sha256, Family family, List<Observation> observations) {
    public ParsedFile {
        requireNonNull(name, "name is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(family, "family is null");
        observations = List.copyOf(observations);
    }

    public YearMonth firstMonth() {
        return observations.stream()
                .map(Observation::month)
                .min(YearMonth::compareTo)
                .orElseThrow();
    }

    public YearMonth lastMonth() {
        return observations.stream()
                .map(Observation::month)
                .max(YearMonth::compareTo)
                .orElseThrow();
    }
}

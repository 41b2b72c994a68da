package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One published file, kept as a vintage. {@code id} is the first 12 hex digits of its SHA-256;
 * {@code name} is the file name as published; {@code published} is known or estimated (then
 * {@code publishedEstimated} says so); {@code rounded} marks sources that round to 10.
 */
public record Release(
        String id,
        String name,
        Family family,
        String sha256,
        Optional<String> sourceUrl,
        LocalDate published,
        boolean publishedEstimated,
        YearMonth firstMonth,
        YearMonth lastMonth,
        long rows,
        boolean rounded) {

    public Release {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(family, "family is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
        requireNonNull(published, "published is null");
        requireNonNull(firstMonth, "firstMonth is null");
        requireNonNull(lastMonth, "lastMonth is null");
    }

    /** How a release is cited in answers: {@code nationwide-encounters-fy21-fy24-nov-state.csv (published 2023-12-22)}. */
    public String citation() {
        return "%s (%s %s%s)"
                .formatted(
                        name,
                        publishedEstimated ? "published about" : "published",
                        published,
                        rounded ? ", rounded to 10" : "");
    }
}

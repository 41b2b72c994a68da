package dev.frontera.data.store;

import dev.frontera.core.query.Family;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Hand-made parsed files: small state-file vintages whose monthly totals tests can reason about. */
final class Vintages {
    private Vintages() {}

    /**
     * A state-family file with two rows per month (Texas and Arizona) from {@code first}, one month
     * per total; Arizona holds a third of {@code totals[i]}, Texas the rest.
     */
    static ParsedFile stateFile(String name, YearMonth first, long... totals) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            YearMonth month = first.plusMonths(i);
            long arizona = totals[i] / 3;
            observations.add(new Observation(
                    month, "southwest", null, null, "tx", "single-adults", "mexico", "title-8", totals[i] - arizona));
            observations.add(new Observation(
                    month, "southwest", null, null, "az", "single-adults", "other", "title-8", arizona));
        }
        return new ParsedFile(name, sha256(name + observations), Family.NATIONWIDE_BY_STATE, observations);
    }

    /** A larger file: {@code rows} observations spread over twelve months. */
    static ParsedFile bigFile(String name, int rows) {
        List<Observation> observations = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            observations.add(new Observation(
                    YearMonth.of(2023, 1 + i % 12),
                    "southwest",
                    null,
                    null,
                    "s" + (i % 50),
                    "single-adults",
                    "c" + (i % 21),
                    "title-8",
                    i % 1000));
        }
        return new ParsedFile(name, sha256(name + rows), Family.NATIONWIDE_BY_STATE, observations);
    }

    static ReleaseMetadata published(String date) {
        return new ReleaseMetadata(
                LocalDate.parse(date), false, Optional.of("https://www.cbp.gov/document/stats/nationwide-encounters"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.frontera.surges.digest;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a release brought, most notable first: its newest month against the record as it stood
 * on the release's publication date, and what it revised.
 *
 * @param month the newest month the release published
 * @param asOf the record's date: releases published by then, this one included
 * @param notes what the digest could not look at, and why
 */
public record Digest(Release release, YearMonth month, LocalDate asOf, List<DigestItem> items, List<String> notes) {

    public Digest {
        requireNonNull(release, "release is null");
        requireNonNull(month, "month is null");
        requireNonNull(asOf, "asOf is null");
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    /** The most notable item, if there is any. */
    public java.util.Optional<DigestItem> lead() {
        return items.stream().findFirst();
    }
}

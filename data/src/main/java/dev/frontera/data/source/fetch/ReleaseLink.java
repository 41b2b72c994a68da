package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * A link to one release of an official file, as found on a listing page.
 *
 * @param url the absolute URL of the file
 * @param fileName the file name as published (decoded: {@code KHSM Encounters (USBP) fy25m11.xlsx})
 * @param dataThrough the last calendar month of data, read from the file name
 * @param uploaded the month of the upload folder in the path ({@code /sites/default/files/2025-12/}), if any
 * @param copy the publisher's duplicate-upload suffix ({@code _2} in {@code ..._2.xlsx}), 0 when none
 */
public record ReleaseLink(
        URI url, String fileName, ReleaseSeries series, YearMonth dataThrough, Optional<YearMonth> uploaded, int copy) {

    /**
     * Oldest first: by last month of data, then upload folder, then duplicate suffix (a re-upload
     * replaces the file it copies), then URL so that the order is total.
     */
    public static final Comparator<ReleaseLink> OLDEST_FIRST = Comparator.comparing(ReleaseLink::dataThrough)
            .thenComparing(link -> link.uploaded().orElse(YearMonth.of(1, 1)))
            .thenComparingInt(ReleaseLink::copy)
            .thenComparing(link -> link.url().toString());

    public ReleaseLink {
        requireNonNull(url, "url is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(series, "series is null");
        requireNonNull(dataThrough, "dataThrough is null");
        requireNonNull(uploaded, "uploaded is null");
    }
}

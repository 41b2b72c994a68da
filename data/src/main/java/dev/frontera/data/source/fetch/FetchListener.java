package dev.frontera.data.source.fetch;

import java.util.OptionalLong;

/** Hears about a fetch as it goes: a command-line tool draws progress bars from it. */
public interface FetchListener {

    /** A download of {@code link} starts; {@code expectedBytes} is the server's Content-Length, when given. */
    DownloadProgress downloading(ReleaseLink link, OptionalLong expectedBytes);

    static FetchListener silent() {
        return (link, expectedBytes) -> DownloadProgress.none();
    }
}

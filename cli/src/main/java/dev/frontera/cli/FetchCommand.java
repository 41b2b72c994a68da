package dev.frontera.cli;

import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.source.fetch.Download;
import dev.frontera.data.source.fetch.DownloadProgress;
import dev.frontera.data.source.fetch.FetchFailure;
import dev.frontera.data.source.fetch.FetchListener;
import dev.frontera.data.source.fetch.FetchReport;
import dev.frontera.data.source.fetch.FetchedReleases;
import dev.frontera.data.source.fetch.OfficialFetcher;
import dev.frontera.data.source.fetch.OfficialSite;
import dev.frontera.data.source.fetch.ReleaseLink;
import dev.frontera.data.store.IngestProgress;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.Ingestion;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera fetch}: downloads the newest official files from CBP and DHS and stores them as releases. */
@Command(
        name = "fetch",
        description = {
            "Download the newest official files from the CBP and DHS statistics pages into a cache and store them as releases.",
            "Unchanged files are not downloaded again. Without network access, use 'frontera ingest DIR' instead."
        })
final class FetchCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description =
                    "Download folder (default: $FRONTERA_CACHE, else $XDG_CACHE_HOME/frontera, else ~/.cache/frontera).")
    Path cache;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "Read the same pages from this server instead of cbp.gov and ohss.dhs.gov (a mirror, a test server); only its host is contacted.")
    URI baseUrl;

    @Option(names = "--download-only", description = "Download into the cache but do not store anything.")
    boolean downloadOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OfficialFetcher fetcher =
                OfficialFetcher.create(site(), cache != null ? cache : OfficialFetcher.defaultCache());
        out.println("Cache: " + fetcher.cacheFolder());
        FetchReport report = fetcher.fetch(listener());
        for (FetchFailure failure : report.failures()) {
            err.println("frontera: " + failure.message());
        }
        report.downloads().forEach(download -> describe(download, out));
        int rejected = downloadOnly || report.downloads().isEmpty() ? 0 : ingest(report, out, err);
        out.printf(
                Locale.ROOT,
                "%d newest release(s) found, %d downloaded, %d unchanged, %d failed.%n",
                report.newest().size(),
                report.downloads().stream()
                        .filter(download -> download.status() != Download.Status.UNCHANGED)
                        .count(),
                report.downloads().stream()
                        .filter(download -> download.status() == Download.Status.UNCHANGED)
                        .count(),
                report.failures().size());
        if (!report.complete()) {
            return ExitCodes.EXTERNAL;
        }
        return rejected == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private OfficialSite site() {
        if (baseUrl == null) {
            return OfficialSite.official();
        }
        if (baseUrl.getHost() == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw FronteraException.invalid(
                    "--base-url %s: give an absolute http(s) URL such as http://127.0.0.1:8080", baseUrl);
        }
        return OfficialSite.at(baseUrl);
    }

    private static void describe(Download download, PrintWriter out) {
        String what = switch (download.status()) {
            case NEW ->
                String.format(
                        Locale.ROOT,
                        "downloaded, %,d bytes, sha256 %s",
                        download.bytes(),
                        download.sha256().substring(0, 12));
            case CHANGED ->
                String.format(
                        Locale.ROOT,
                        "changed since the last fetch, downloaded again, %,d bytes, sha256 %s",
                        download.bytes(),
                        download.sha256().substring(0, 12));
            case UNCHANGED -> "unchanged since the last fetch, not downloaded";
        };
        out.printf("  %s: %s (%s)%n", download.link().fileName(), what, download.source());
    }

    /** Stores each download; returns how many the readers rejected. */
    private int ingest(FetchReport report, PrintWriter out, PrintWriter err) {
        int rejected = 0;
        try (Workspace workspace = Workspace.forWriting(root.db)) {
            out.println("Store: " + workspace.store().path());
            // Oldest publication first, so each release's revisions are measured against the one before it.
            List<Download> downloads = report.downloads().stream()
                    .sorted(Comparator.comparing(Download::file, Ingestion.publicationOrder()))
                    .toList();
            for (Download download : downloads) {
                Optional<Release> stored = FetchedReleases.stored(workspace.store(), download);
                if (stored.isPresent()) {
                    out.printf(
                            "  %s: already stored (release %s)%n",
                            download.link().fileName(), stored.get().id());
                    continue;
                }
                try {
                    IngestResult result = FetchedReleases.ingest(workspace.store(), download, IngestProgress.none());
                    out.printf(
                            Locale.ROOT,
                            "  %s: stored as release %s, %s to %s, %,d rows%n",
                            result.release().name(),
                            result.release().id(),
                            result.release().firstMonth(),
                            result.release().lastMonth(),
                            result.release().rows());
                    IngestCommand.revisionSummary(result.revisions()).forEach(line -> out.println("    " + line));
                } catch (FronteraException e) {
                    if (download.link().series().family().isEmpty()) {
                        // Fetched for the readers of this family; this build does not have them yet.
                        out.printf(
                                "  %s: kept in the cache, not stored: this build cannot read %s yet%n",
                                download.link().fileName(),
                                download.link().series().displayName());
                    } else {
                        rejected++;
                        err.println("frontera: rejected " + download.file() + ": " + e.getMessage());
                    }
                }
            }
        }
        return rejected;
    }

    private static FetchListener listener() {
        if (System.console() == null) {
            // No terminal (a log, CI): a bar would print a line per update, so print only the outcome.
            return FetchListener.silent();
        }
        return FetchCommand::progressBar;
    }

    private static DownloadProgress progressBar(ReleaseLink link, OptionalLong expectedBytes) {
        String name = link.fileName();
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name.length() <= 40 ? name : name.substring(0, 37) + "...")
                .setInitialMax(expectedBytes.orElse(-1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" KB", 1024)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .continuousUpdate()
                .build();
        return new DownloadProgress() {
            @Override
            public void advanced(long bytes) {
                bar.stepTo(bytes);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}

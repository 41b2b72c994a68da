package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.BundledRecord;
import dev.frontera.data.store.IngestProgress;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.Ingestion;
import dev.frontera.data.store.MonthRevision;
import dev.frontera.data.store.RevisionReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera ingest [PATH...]}: stores official files (or every official file in folders) as releases. */
@Command(
        name = "ingest",
        description = {
            "Store official CBP and DHS files as releases: CSV (plain or gzipped), xlsx workbooks, PDF tables.",
            "Without a PATH, stores the official record bundled with Frontera (what 'frontera serve' does on its first start).",
            "Files go in publication order; a file already stored is recognised by its bytes and not read again."
        },
        footer = {
            "",
            "Examples:",
            "  frontera ingest                          (the bundled record)",
            "  frontera ingest ~/Downloads/cbp          (every official file in a folder)",
            "  frontera ingest nationwide-encounters-fy23-fy26-dec-state.csv"
        })
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "files or folders of official files (default: the record bundled with Frontera)")
    List<Path> paths = List.of();

    // The bar of the file being stored, on a terminal only.
    private ProgressBar bar;

    @picocli.CommandLine.Option(
            names = "--no-digest",
            description = "store only: no digest and no alert evaluation for the new releases")
    boolean noDigest;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = paths.isEmpty() ? BundledRecord.files() : expand(paths);
        if (files.isEmpty()) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND,
                    "no official files found in " + paths
                            + " (looked for CSV files, plain or .csv.gz, xlsx workbooks and PDF tables)");
        }
        Ingestion.Outcome outcome;
        try (Workspace workspace = Workspace.forWriting(root.db)) {
            out.println("Store: " + workspace.store().path());
            if (paths.isEmpty()) {
                out.println("Storing " + BundledRecord.describe());
            }
            outcome = Ingestion.run(workspace.store(), files, new Ingestion.Listener() {
                @Override
                public void alreadyStored(int position, int count, Path file, Release release) {
                    out.printf("  %s: already stored (release %s), nothing changed%n", release.name(), release.id());
                }

                @Override
                public IngestProgress storing(ParsedFile parsed) {
                    return progressBar(parsed);
                }

                @Override
                public void stored(int position, int count, Path file, IngestResult result) {
                    closeBar();
                    report(result, out);
                }

                @Override
                public void rejected(int position, int count, Path file, FronteraException reason) {
                    closeBar();
                    // One bad file does not stop the others; the store holds none of it.
                    err.println("frontera: rejected " + file + ": " + reason.getMessage());
                }

                @Override
                public void stopped(int position, int count, Path file, int stored, FronteraException reason) {
                    closeBar();
                    // The store cannot take more (a full disk, a lock): the file is not at fault.
                    out.printf(
                            Locale.ROOT,
                            "%d new release(s) stored before the store failed; %s and the files after"
                                    + " it were not stored.%n",
                            stored,
                            file.getFileName());
                }
            });
            if (!noDigest && !outcome.stored().isEmpty()) {
                SurgeReport.afterIngest(
                        workspace.store(),
                        outcome.stored().stream().map(IngestResult::release).toList(),
                        out);
            }
        } finally {
            closeBar();
        }
        out.printf(
                Locale.ROOT,
                "%d new release(s) stored, %d already present, %d rejected.%n",
                outcome.stored().size(),
                outcome.alreadyStored().size(),
                outcome.rejected().size());
        return outcome.complete() ? ExitCodes.OK : ExitCodes.USAGE;
    }

    // No terminal (a log, CI): a bar would print a line per update, so only the outcome is printed.
    private IngestProgress progressBar(ParsedFile parsed) {
        if (System.console() == null) {
            return IngestProgress.none();
        }
        bar = progressBarFor(parsed);
        ProgressBar current = bar;
        return (appended, total) -> current.stepTo(appended);
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private static ProgressBar progressBarFor(ParsedFile parsed) {
        return new ProgressBarBuilder()
                .setTaskName(shorten(parsed.name()))
                .setInitialMax(parsed.observations().size())
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .continuousUpdate()
                .build();
    }

    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }

    private static void report(IngestResult result, PrintWriter out) {
        if (result.status() == IngestResult.Status.ALREADY_STORED) {
            out.printf(
                    "  %s: already stored (release %s), nothing changed%n",
                    result.release().name(), result.release().id());
            return;
        }
        out.printf(
                Locale.ROOT,
                "  %s: stored as release %s, %s, %s to %s, %,d rows%n",
                result.release().name(),
                result.release().id(),
                result.release().family().slug(),
                result.release().firstMonth(),
                result.release().lastMonth(),
                result.release().rows());
        revisionSummary(result.revisions()).forEach(line -> out.println("    " + line));
    }

    /** What a release changed against the previous vintage, in a few lines. */
    static List<String> revisionSummary(RevisionReport report) {
        List<String> lines = new ArrayList<>();
        if (report.previous().isEmpty()) {
            lines.add("first release of its family");
            return lines;
        }
        lines.add("against %s: %d month(s) revised, %d new"
                .formatted(
                        report.previous().get().name(),
                        report.revisedMonths().size(),
                        report.addedMonths().size()));
        for (MonthRevision revision : report.largestRevisions()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s: %,d -> %,d (%+,d)",
                    revision.month(),
                    revision.previousTotal(),
                    revision.newTotal(),
                    revision.change()));
        }
        return lines;
    }

    /**
     * Files as given, and inside folders the official files (CSV plain or gzipped, DHS xlsx
     * workbooks, Border Patrol PDFs), sorted for a stable order. Skipped: the {@code derived/}
     * folder (not official) and CBP's data dictionary PDF (documentation, no figures).
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new FronteraException(ErrorCode.NOT_FOUND, "no such file or folder: " + path);
            }
            if (Files.isDirectory(path)) {
                files.addAll(OfficialFiles.inFolder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                // A FIFO or a device would be read forever while the store's write lock is held.
                throw FronteraException.invalid(
                        "%s is not a regular file (a pipe, socket or device?): give official"
                                + " files or folders of them",
                        path);
            }
        }
        return files;
    }
}

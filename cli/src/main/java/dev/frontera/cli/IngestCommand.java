package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.read.ReadAhead;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.MonthRevision;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.RevisionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera ingest PATH...}: stores official files (or every official file in folders) as releases. */
@Command(name = "ingest", description = "Store official CBP files as releases (files or folders; plain or gzipped).")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of official files")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = expand(paths);
        if (files.isEmpty()) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no CSV files found in " + paths);
        }
        int stored = 0;
        int failed = 0;
        try (Workspace workspace = Workspace.forWriting(root.db)) {
            out.println("Store: " + workspace.store().path());
            try (ReadAhead reading = ReadAhead.of(files)) {
                while (reading.hasNext()) {
                    ReadAhead.Result read = reading.next();
                    try {
                        ParsedFile parsed = read.parsed().orElseThrow(() -> read.failure().orElseThrow());
                        IngestResult result = store(workspace, parsed);
                        stored += result.status() == IngestResult.Status.STORED ? 1 : 0;
                        report(result, out);
                    } catch (FronteraException e) {
                        if (e.code().type() != ErrorCode.Type.USER_ERROR) {
                            // The store cannot take more (a full disk, a lock, a failure): the files are not at fault.
                            out.printf(Locale.ROOT, "%d new release(s) stored before the store failed; %s and the"
                                    + " files after it were not stored.%n", stored, read.file().getFileName());
                            throw e;
                        }
                        // One bad file does not stop the others; the store holds none of it.
                        failed++;
                        spec.commandLine().getErr().println("frontera: rejected " + read.file() + ": " + e.getMessage());
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "%d new release(s) stored, %d already present, %d rejected.%n", stored,
                files.size() - stored - failed, failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private IngestResult store(Workspace workspace, ParsedFile parsed) {
        if (System.console() == null) {
            // No terminal (a log, CI): a bar would print a line per update, so print only the outcome.
            return workspace.store().ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        }
        try (ProgressBar bar = progressBar(parsed)) {
            return workspace.store().ingest(parsed, ReleaseMetadata.fromCatalog(parsed),
                    (appended, total) -> bar.stepTo(appended));
        }
    }

    private ProgressBar progressBar(ParsedFile parsed) {
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
            out.printf("  %s: already stored (release %s), nothing changed%n", result.release().name(), result.release().id());
            return;
        }
        out.printf(Locale.ROOT, "  %s: stored as release %s, %s, %s to %s, %,d rows%n", result.release().name(),
                result.release().id(), result.release().family(), result.release().firstMonth(),
                result.release().lastMonth(), result.release().rows());
        revisionSummary(result.revisions()).forEach(line -> out.println("    " + line));
    }

    /** What a release changed against the previous vintage, in a few lines. */
    static List<String> revisionSummary(RevisionReport report) {
        List<String> lines = new ArrayList<>();
        if (report.previous().isEmpty()) {
            lines.add("first release of its family");
            return lines;
        }
        lines.add("against %s: %d month(s) revised, %d new".formatted(report.previous().get().name(),
                report.revisedMonths().size(), report.addedMonths().size()));
        for (MonthRevision revision : report.largestRevisions()) {
            lines.add(String.format(Locale.ROOT, "%s: %,d -> %,d (%+,d)", revision.month(), revision.previousTotal(),
                    revision.newTotal(), revision.change()));
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
                throw FronteraException.invalid("%s is not a regular file (a pipe, socket or device?): give official"
                        + " files or folders of them", path);
            }
        }
        return files;
    }
}

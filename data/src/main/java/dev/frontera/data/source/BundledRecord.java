package dev.frontera.data.source;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.read.OfficialFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The snapshot of the official record that ships with Frontera: the repository's {@code record/}
 * folder, copied byte for byte onto the class path. In a build tree it is a plain folder; inside
 * the runnable jar it is read in place through a zip file system, so nothing is unpacked and no
 * network is needed.
 */
public final class BundledRecord {
    private static final String PROVENANCE = "/dev/frontera/data/record/PROVENANCE.md";
    private static Path folder;
    private static String description;

    private BundledRecord() {}

    /** The snapshot's folder (read-only): the official files in their publisher folders, and PROVENANCE.md. */
    public static synchronized Path folder() {
        if (folder == null) {
            folder = locate();
        }
        return folder;
    }

    /** The official files of the snapshot, in the order {@link OfficialFiles#inFolder} gives. */
    public static List<Path> files() {
        return OfficialFiles.inFolder(folder());
    }

    /** Where the snapshot is, for messages: its folder, or the jar that carries it. */
    public static synchronized String describe() {
        folder();
        return description;
    }

    private static Path locate() {
        URL provenance = BundledRecord.class.getResource(PROVENANCE);
        if (provenance == null) {
            throw new FronteraException(
                    ErrorCode.INTERNAL,
                    "this build of Frontera carries no official record: " + PROVENANCE
                            + " is not on the class path (build it from the repository, where record/ holds the files)");
        }
        try {
            URI uri = provenance.toURI();
            if ("jar".equals(uri.getScheme())) {
                openZipFileSystem(uri);
                String inner = uri.getRawSchemeSpecificPart();
                description =
                        "the official record inside " + Path.of(URI.create(inner.substring(0, inner.indexOf("!/"))));
            }
            Path found = Path.of(uri).getParent();
            if (description == null) {
                description = "the official record in " + found;
            }
            return found;
        } catch (URISyntaxException | IOException e) {
            throw new FronteraException(
                    ErrorCode.INTERNAL,
                    "cannot open the official record bundled at " + provenance + ": " + e.getMessage(),
                    e);
        }
    }

    private static void openZipFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYetOpen) {
            try {
                // Kept open for the life of the process: the files are read from it, never copied out.
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException openedMeanwhile) {
                // Another class loader's copy of this class opened it first: use that one.
            }
        }
    }
}

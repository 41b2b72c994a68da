package dev.frontera.data.query;

import dev.frontera.data.PublishedRecord;
import dev.frontera.data.SharedFiles;
import java.nio.file.Path;


/**
 * Every official file of the shared folder that Frontera reads (CSV, DHS workbooks, Border
 * Patrol PDFs) as one release source, read once per test JVM; skips the test when the folder is
 * absent. Not the derived folder, not the data dictionary, not the citizenship-by-sector PDF.
 */
final class LongRecord {
    private static QueryEngine engine;

    private LongRecord() {}

    static synchronized QueryEngine engine() {
        Path folder = SharedFiles.cbp();
        if (engine == null) {
            engine = QueryEngine.over(PublishedRecord.source(folder,
                    // The citizenship-by-sector PDF takes half the reading time and has its own test.
                    name -> PublishedRecord.isOfficialFile(name) && !name.contains("citizenship"))).warm();
        }
        return engine;
    }
}

package dev.frontera.data.query;

import dev.frontera.data.PublishedRecord;

/**
 * Every official file of the record in the repository that Frontera reads (CSV, DHS workbooks,
 * Border Patrol PDFs) as one release source, read once per test JVM. Not the data dictionary, not
 * the citizenship-by-sector PDF.
 */
final class LongRecord {
    private static QueryEngine engine;

    private LongRecord() {}

    static synchronized QueryEngine engine() {
        if (engine == null) {
            engine = QueryEngine.over(PublishedRecord.source(
                            PublishedRecord.folder(),
                            // The citizenship-by-sector PDF takes half the reading time and has its own test.
                            name -> PublishedRecord.isOfficialFile(name) && !name.contains("citizenship")))
                    .warm();
        }
        return engine;
    }
}

/**
 * The official record, read, stored and queried. Other modules come in through four doors, one
 * per step, and use nothing else:
 * <ul>
 *   <li>read: {@link dev.frontera.data.read.OfficialFiles#read(java.nio.file.Path)} turns one file into a
 *       {@link dev.frontera.data.read.ParsedFile}; {@link dev.frontera.data.source.BundledRecord} is the
 *       snapshot shipped in the jar, {@link dev.frontera.data.source.fetch.OfficialFetcher} downloads new
 *       releases from CBP and DHS;</li>
 *   <li>store: {@link dev.frontera.data.store.Store#open(java.nio.file.Path)} (or {@code openReadOnly}) and
 *       {@link dev.frontera.data.store.Ingestion#run} to store a set of files in publication order;
 *       coverage and revision reports come from the store;</li>
 *   <li>query: {@link dev.frontera.data.query.QueryEngine#over(dev.frontera.data.query.ReleaseSource)}
 *       over a store (or a {@link dev.frontera.data.query.FolderSource}) answers core's
 *       {@link dev.frontera.core.query.Query}; {@link dev.frontera.data.query.QueryParameters} and
 *       {@link dev.frontera.data.query.AnswerDocument} are its text and JSON edges.</li>
 * </ul>
 * The readers, the store's SQL and the planner are package-private; this module depends on core only.
 */
package dev.frontera.data;

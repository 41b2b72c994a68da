/**
 * Readers for the official files: {@link dev.frontera.data.read.OfficialFiles#read(java.nio.file.Path)}
 * turns a CBP encounters CSV into a validated {@link dev.frontera.data.read.ParsedFile} of
 * {@link dev.frontera.data.read.Observation}s, one reader per {@link dev.frontera.core.query.Family}.
 */
package dev.frontera.data.read;

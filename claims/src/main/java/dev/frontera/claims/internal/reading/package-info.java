/**
 * The readings a figure may have ({@link dev.frontera.claims.internal.reading.CandidateSpace}):
 * measures x places x periods x groups x ways of combining counts, each with the
 * {@link dev.frontera.claims.internal.reading.Feature}s it takes from the words.
 */
package dev.frontera.claims.internal.reading;

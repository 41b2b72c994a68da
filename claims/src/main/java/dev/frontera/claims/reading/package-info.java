/**
 * The readings a figure may have ({@link dev.frontera.claims.reading.CandidateSpace}): measures x
 * places x periods x groups x ways of combining counts, each with the
 * {@link dev.frontera.claims.reading.Feature}s it takes from the words; and a reading in plain words.
 */
package dev.frontera.claims.reading;

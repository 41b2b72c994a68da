/** Movements and their sightings: model, validation and the DuckDB store with its append-only history. */
package dev.frontera.movements.sightings;

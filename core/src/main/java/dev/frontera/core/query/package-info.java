/** Questions to the official record and the answers, with their provenance. */
package dev.frontera.core.query;

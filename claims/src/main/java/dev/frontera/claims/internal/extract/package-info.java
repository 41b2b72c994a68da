/**
 * The mentions of a sentence (periods and shorter windows, places, groups, the agency counted, the
 * numbers) and the figures it claims, each with the words that are its own. One rule per class.
 */
package dev.frontera.claims.internal.extract;

/**
 * What a figure was read as ({@link dev.frontera.claims.reading.Reading}: measure, place, groups,
 * period and how counts are combined), that reading in plain words and as a {@code frontera query}
 * command, and the official {@link dev.frontera.claims.reading.Figure} it was compared with.
 */
package dev.frontera.claims.reading;

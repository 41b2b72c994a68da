/**
 * The fitted model ({@link dev.frontera.claims.internal.rank.ClaimModel}, {@code claim-model.json}) and the
 * {@link dev.frontera.claims.internal.rank.ReadingRanker} that turns the words' prior and the record's answers
 * into a posterior over readings.
 */
package dev.frontera.claims.internal.rank;

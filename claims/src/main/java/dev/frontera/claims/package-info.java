/**
 * The claim checker: {@link dev.frontera.claims.ClaimChecker} finds the figures about US border
 * encounters in a text and checks each against the official record; {@link dev.frontera.claims.ClaimJson}
 * writes the result, one JSON shape for the CLI, the server and the Spark job.
 */
package dev.frontera.claims;

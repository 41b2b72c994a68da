/**
 * The claim checker. Its front door is {@link dev.frontera.claims.ClaimChecker}: it finds the
 * figures about US border encounters in a text, weighs every reading the words allow against the
 * official record, and gives each figure a verdict, a confidence and an explanation
 * ({@link dev.frontera.claims.CheckResult}, {@link dev.frontera.claims.CheckedClaim} with its
 * {@link dev.frontera.claims.Subject} and {@link dev.frontera.claims.Alternative}s);
 * {@link dev.frontera.claims.ClaimJson} writes the result, one JSON shape for the CLI, the server
 * and the Spark job. What a figure was read as, and the official figure it was compared with, are
 * in {@code claims.reading}.
 *
 * <p>Everything else is {@code claims.internal}, for this module alone, by step: {@code extract}
 * (the mentions and figures of a sentence), {@code reading} (the candidate readings of a figure
 * and the features they take from the words), {@code verify} (each reading answered from the
 * record, with the labelling standard's tolerance), {@code rank} (the fitted model and the
 * {@code ReadingRanker} that turns prior and answers into a posterior) and {@code verdict} (the
 * policy and the explanation). docs/CLAIMS.md explains the model.
 */
package dev.frontera.claims;

package dev.frontera.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits labelled claims into five folds by source (a published article, not a sentence), from a
 * hash of its address, so a fold holds whole articles and the split does not depend on their
 * content. Fold {@link #LOCKBOX} is kept aside: rules are written from the failures of the other
 * folds only, so its figures are the cleanest measure of what new writing will see.
 */
final class SourceFolds {
    static final int FOLDS = 5;
    static final int LOCKBOX = 0;

    private SourceFolds() {}

    static int fold(String source) {
        return fold(source, 0);
    }

    /**
     * The fold of a source in split {@code split}: split 0 is the one reported (and holds the
     * lockbox); the others reshuffle the same sources, to see how much a figure owes to one split.
     */
    static int fold(String source, int split) {
        String key = split == 0 ? source : split + ":" + source;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long first = ((digest[0] & 0xFFL) << 24)
                    | ((digest[1] & 0xFFL) << 16)
                    | ((digest[2] & 0xFFL) << 8)
                    | (digest[3] & 0xFFL);
            return (int) (first % FOLDS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

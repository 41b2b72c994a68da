package dev.frontera.claims.internal.extract;

import java.util.regex.Pattern;

/** Fires when a change is measured against a year earlier ("from a year ago", "year over year"), not the period before. */
final class ChangeBaseRule {
    private static final Pattern YEAR_BEFORE =
            Pattern.compile("(?i)\\b(?:a|one|the previous|the prior) year (?:ago|earlier|before)\\b"
                    + "|\\byear[- ](?:over|on)[- ]year\\b|\\b(?:from|than|since|over|compared (?:with|to)) (?:the same (?:month|period) )?last year\\b"
                    + "|\\bthe same (?:month|period) (?:a year|last year|in \\d{4})\\b|\\bprior fiscal year\\b|\\bprevious fiscal year\\b"
                    + "|\\blast fiscal year\\b|\\bannual\\b|\\b(?:this|the same) time (?:last|a) year\\b|\\b(?:one|a) year ago\\b"
                    + "|\\bthe same (?:time )?period (?:in|of|during|a year)\\b");

    public boolean fires(String sentence) {
        return YEAR_BEFORE.matcher(sentence).find();
    }
}

package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.SpelledNumbers;
import dev.frontera.core.period.Period;
import dev.frontera.text.MonthNames;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds record claims that need no number: "a record number of", "the highest on record", "an
 * all-time high", "the busiest month ever", "the lowest since February 2021", "since January" or
 * "since the fall of 2020", "the most in at least 15 years", and a place short of the top ("the second-highest monthly
 * total on record"). A record in "criminal record" or "on the record" is not one; "busiest" and
 * "slowest" make a record only with "ever", "on record" or "in history" (with "since" or "in N
 * years" they are as often a sector's rank).
 */
final class RecordRule {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    // Within one sentence: a full stop only inside an abbreviation ("U.S. Border Patrol", "2.4 million").
    private static final String WITHIN = "(?:[^.;]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\.)";
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(highest|lowest|most|fewest|largest|smallest)\\b"
            + WITHIN + "{0,70}?\\bsince\\s+(?:at least\\s+)?"
            + "(?:(?:fiscal(?: year)?|FY)\\s*" + YEAR + "|(" + MonthNames.PATTERN + ")\\s+" + YEAR + "|" + YEAR
            + "|(?:the\\s+)?(?:fall|autumn|spring|summer|winter|end|beginning|start|middle)\\s+of\\s+" + YEAR
            + "|(" + MonthNames.PATTERN + ")(?!\\w|\\.?\\s*\\d))");
    private static final Pattern IN_YEARS =
            Pattern.compile("(?i)\\b(highest|lowest|most|fewest|largest|smallest|record)\\b" + WITHIN + "{0,60}?"
                    + "\\bin\\s+(?:over\\s+|more than\\s+|at least\\s+|nearly\\s+|almost\\s+)?(\\d+|two|three|four|five|six|seven|eight|nine|ten|a)\\s+"
                    + "(years?|decades?)\\b");
    // "A nearly four-year low", "a 20-year high": the most extreme in that many years.
    private static final Pattern YEARS_LOW = Pattern.compile(
            "(?i)\\b(?:(nearly|almost|more than|over|about)\\s+)?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
                    + "[- ](years?|decades?)[- ](low|high)s?\\b");
    // "Ever", "on record", "in U.S. history", "in CBP's records": against every period kept.
    private static final String EVER = "(?:ever|on record|in (?:[\\w.'’]+\\s+){0,2}?(?:recorded\\s+)?history"
            + "|in (?:[\\w.'’]+\\s+){0,2}?records|since (?:the\\s+)?records\\s+(?:began|started)"
            + "|since record[- ]?keeping\\s+(?:began|started))\\b";
    private static final Pattern RECORD_HIGH = Pattern.compile(
            "(?i)\\b(?:(?:a|new|the)\\s+)?(?:all-time\\s+)?(?:(?:monthly|annual|yearly)\\s+)?record(?:-breaking|-setting|-shattering)?"
                    + "(?:[- ]high)?\\s+(?:numbers?|levels?|highs?|months?|years?|totals?|surge|influx|crossings|encounters|apprehensions"
                    + "|arrests|of)\\b|\\brecord[- ]high\\b|\\ball-time high\\b|\\b(?:highest|most|largest|biggest|busiest)\\b[^.;]{0,40}?\\b"
                    + EVER + "|\\bnever been higher\\b"
                    + "|\\bunprecedented numbers?\\b|\\ba (?:new )?record(?=\\s*(?:[.;]|,\\s|$))"
                    // "A record for a single month", "a new monthly record".
                    + "|\\ba (?:new )?record for (?:a |any |one )?(?:single |one )?(?:month|year|fiscal year)\\b"
                    + "|\\ba (?:new )?(?:monthly|single-month|one-month|annual|yearly) record\\b"
                    // "More people than ever", "higher than ever before".
                    + "|\\b(?:more|higher|greater|larger)\\s+(?:[\\p{L}-]+\\s+){0,3}?than ever\\b");
    private static final Pattern RECORD_LOW =
            Pattern.compile("(?i)\\brecord[- ]low\\b|\\ball-time low\\b|\\b(?:lowest|fewest|smallest|quietest|slowest)"
                    + "\\b[^.;]{0,40}?\\b" + EVER
                    + "|\\bnever been lower\\b|\\b(?:fewer|lower|less)\\s+(?:[\\p{L}-]+\\s+){0,3}?than ever\\b");

    // "The second-highest monthly total on record", "the 3rd busiest month ever": a place among periods, not the top.
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "(?i)\\b(?:highest|most|largest|biggest|busiest|lowest|fewest|smallest|quietest|slowest)\\b");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?i)\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))[- ]$");
    private static final int ORDINAL_REACH = 12;

    /**
     * A record claim found in a sentence: where, which way, since when, and the place claimed among
     * the periods compared (1 for a record; 2 for "the second-highest").
     */
    public record Found(
            int start, int end, Qualifier qualifier, Optional<Period> since, boolean sinceAtLeast, int place) {
        Found placed(String sentence) {
            Matcher superlative = SUPERLATIVE.matcher(sentence).region(start, end);
            if (!superlative.find()) {
                return this;
            }
            int from = Math.max(0, superlative.start() - ORDINAL_REACH);
            Matcher ordinal = ORDINAL_BEFORE.matcher(sentence.substring(from, superlative.start()));
            if (!ordinal.find()) {
                return this;
            }
            int at = SpelledNumbers.count(ordinal.group(1));
            return at < 2
                    ? this
                    : new Found(Math.min(start, from + ordinal.start()), end, qualifier, since, sinceAtLeast, at);
        }
    }

    public Optional<Found> find(String sentence, LocalDate published) {
        Matcher matcher = SINCE.matcher(sentence);
        if (matcher.find()) {
            boolean atLeast = matcher.group().toLowerCase(Locale.ROOT).contains("since at least");
            return Optional.of(new Found(
                            matcher.start(),
                            matcher.end(),
                            direction(matcher.group(1)),
                            Optional.of(since(matcher, YearMonth.from(published))),
                            atLeast,
                            1)
                    .placed(sentence));
        }
        matcher = IN_YEARS.matcher(sentence);
        if (matcher.find()) {
            YearMonth then = YearMonth.from(published).minusYears(years(matcher.group(2), matcher.group(3)));
            return Optional.of(new Found(
                            matcher.start(),
                            matcher.end(),
                            direction(matcher.group(1)),
                            Optional.of(Period.month(then)),
                            true,
                            1)
                    .placed(sentence));
        }
        matcher = YEARS_LOW.matcher(sentence);
        if (matcher.find()) {
            YearMonth then = YearMonth.from(published).minusYears(years(matcher.group(2), matcher.group(3)));
            // "A nearly four-year low": the last lower month may lie some months short of four years back.
            String near = matcher.group(1) == null ? "" : matcher.group(1).toLowerCase(Locale.ROOT);
            if (near.equals("nearly") || near.equals("almost")) {
                then = then.plusMonths(6);
            }
            return Optional.of(new Found(
                            matcher.start(),
                            matcher.end(),
                            matcher.group(4).equalsIgnoreCase("low") ? Qualifier.RECORD_LOW : Qualifier.RECORD_HIGH,
                            Optional.of(Period.month(then)),
                            true,
                            1)
                    .placed(sentence));
        }
        matcher = RECORD_LOW.matcher(sentence);
        if (matcher.find()) {
            return Optional.of(
                    new Found(matcher.start(), matcher.end(), Qualifier.RECORD_LOW, Optional.empty(), false, 1)
                            .placed(sentence));
        }
        matcher = RECORD_HIGH.matcher(sentence);
        if (matcher.find()) {
            return Optional.of(
                    new Found(matcher.start(), matcher.end(), Qualifier.RECORD_HIGH, Optional.empty(), false, 1)
                            .placed(sentence));
        }
        return Optional.empty();
    }

    /** "Four years", "a decade", "two decades": how many years back. */
    private static int years(String count, String unit) {
        String lower = count.toLowerCase(Locale.ROOT);
        int n = lower.equals("a") ? 1 : SpelledNumbers.count(lower);
        return unit.toLowerCase(Locale.ROOT).startsWith("decade") ? n * 10 : n;
    }

    private static Qualifier direction(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("lowest") || lower.equals("fewest") || lower.equals("smallest")
                ? Qualifier.RECORD_LOW
                : Qualifier.RECORD_HIGH;
    }

    private static Period since(Matcher matcher, YearMonth now) {
        if (matcher.group(7) != null) {
            // "The most since January": the most recent January.
            return Period.month(
                    PeriodRule.mostRecent(MonthNames.number(matcher.group(7)).orElseThrow(), now));
        }
        if (matcher.group(2) != null) {
            return Period.fiscalYear(Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return Period.month(YearMonth.of(
                    Integer.parseInt(matcher.group(4)),
                    MonthNames.number(matcher.group(3)).orElseThrow()));
        }
        // A season or part of a year ("the fall of 2020") is read as that calendar year.
        return Period.calendarYear(Integer.parseInt(matcher.group(5) != null ? matcher.group(5) : matcher.group(6)));
    }
}

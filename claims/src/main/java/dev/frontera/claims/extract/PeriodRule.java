package dev.frontera.claims.extract;

import dev.frontera.core.period.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period of a claim, explicit or relative to the publication date: fiscal and
 * calendar years, months with or without a year, "last month", "so far this fiscal year",
 * "since January", two fiscal years at once; and windows monthly data cannot answer ("last
 * week", "on Tuesday"). Among several periods in a sentence, the one nearest the number wins.
 * With none, the month in progress is assumed, as the standard reads a present-tense rate.
 */
public final class PeriodRule {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String MONTH = MonthNames.PATTERN;
    private static final Pattern TWO_FISCAL = Pattern.compile("(?i)\\bfiscal(?: years?)?\\s+" + YEAR + "\\s+and\\s+(?:fiscal(?: year)?\\s+)?" + YEAR
            + "|\\b(?:the\\s+)?" + YEAR + "\\s+and\\s+(?:the\\s+)?" + YEAR + "\\s+fiscal\\s+years\\b"
            + "|\\bFY\\s?(\\d{2,4})\\s+and\\s+(?:FY\\s?)?(\\d{2,4})\\b");
    private static final Pattern FISCAL_RANGE = Pattern.compile(
            "(?i)\\bfiscal(?: years?)?\\s+" + YEAR + "\\s*(?:-|–|to|through)\\s*" + YEAR);
    private static final Pattern FISCAL = Pattern.compile(
            "(?i)\\bFY\\s?-?(\\d{4}|\\d{2})\\b|\\bfiscal(?: year)?\\s+" + YEAR + "|\\b" + YEAR + "\\s+fiscal\\s+year");
    private static final Pattern FISCAL_TO_DATE = Pattern.compile(
            "(?i)\\b(?:so far (?:this|in the(?: current)?) fiscal year|(?:this|the current) fiscal year(?: so far| to date)?"
                    + "|fiscal year to date|fiscal year-to-date|fiscal year \\d{4} to date)\\b");
    private static final Pattern LAST_FISCAL = Pattern.compile("(?i)\\b(?:last|the previous|the past|the prior) fiscal year\\b");
    private static final Pattern CALENDAR = Pattern.compile("(?i)\\bcalendar(?: year)?\\s+" + YEAR + "|\\bCY\\s?" + YEAR);
    private static final Pattern MONTH_RANGE = Pattern.compile("(?i)\\b(?:between|from)\\s+" + MONTH + "(?:\\s+" + YEAR
            + ")?\\s+(?:and|to|through)\\s+" + MONTH + "(?:\\s+(?:of\\s+)?" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i)\\b(?:in|during|for|of|last|this|since|through|by)\\s+(?:the\\s+month\\s+of\\s+)?"
            + "(" + MONTH + ")(?!\\w|\\.?\\s*\\d)");
    private static final Pattern MONTH_POSSESSIVE = Pattern.compile("(?i)\\b(" + MONTH + ")['’]s?(?!\\w)");
    // A capitalised month name alone ("November had the most...", "the August encounters"), not "May" the verb.
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(January|February|March|April|June|July|August|September|October"
            + "|November|December|May(?!\\s+(?:be|have|not|also|well|need|take|seem|help|want)\\b))\\b(?!\\.?\\s*\\d)");
    private static final Pattern HEADLINE_YEAR = Pattern.compile("^" + YEAR + "\\s+(?=\\p{Ll})");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:is|are|am|has|have|now|currently|today|continues?|coincides|comes|remains?)\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("(?i)\\bsince\\s+(" + MONTH + ")(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\b(?:last|the previous|the past) month\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\b(?:this|the current) month\\b|\\bso far this month\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(?:so far )?this (?:calendar )?year\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("(?i)\\b(?:in|during|for|throughout|of|over)\\s+(?:all of\\s+)?" + YEAR + "\\b(?!\\s*fiscal)");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(?:last|this|past|previous) week(?:end)?\\b|\\b(?:on|last|this)\\s+"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\byesterday\\b|\\btoday\\b|\\bsingle day\\b"
            + "|\\bin one day\\b|\\b(?:past|last|first)\\s+(?:\\d+|two|three|four|five|six|seven|ten|fifteen)\\s+days\\b"
            + "|\\bseven-day\\b|\\bweekly\\b|\\bper week\\b|\\ba week\\b|\\bpeaked at\\b|\\bon \\w+ \\d{1,2}\\b");
    // A day of a month ("on Sept. 17", "September 20th"): the record is monthly, so the claim is about a single day.
    private static final Pattern DAY_DATE = Pattern.compile("(?i)\\b(?:on\\s+)?(" + MONTH + ")\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,|-|–)?\\s*\\d{3})");
    // A weekday named alone ("crossed the border Wednesday"), capitalised as in news copy.
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    // Presidencies as periods: "during the Trump administration", "since Mr. Biden took office (in 2021)".
    private static final Pattern PRESIDENCY = Pattern.compile("(?i)\\b(since|under|during|in|throughout)\\s+(?:the\\s+)?(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?"
            + "(?:joe\\s+|donald\\s+|barack\\s+)?(trump|biden|obama)(?:['’]s)?(?:\\s+(?:first\\s+|second\\s+)?(?:administration|presidency|term|era)"
            + "|\\s+(?:took|entered|came (?:in)?to) office|\\s+was (?:inaugurated|sworn in))(?:\\s+in\\s+(?:january\\s+)?(?:19|20)\\d\\d)?");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)(?:according to|said|says|stated|told|announced|reported|released|statement|officials)[^.]{0,30}$");

    // The last sentence read on this thread: one rule is shared by every thread of a checker.
    private final ThreadLocal<Scan> lastScan = new ThreadLocal<>();

    /** The period(s) of a claim whose number (or record phrase) sits at {@code anchor}. */
    public PeriodMention find(String sentence, int anchor, LocalDate published) {
        return find(sentence, anchor, anchor, published, false);
    }

    /**
     * The period(s) of a claim whose phrase runs from {@code start} to {@code end}. A period
     * nearer another number ("up from 19,246 in February and 7,294 in January") belongs to that
     * number. With no period written, a rate or a present-tense sentence is about the month in
     * progress, anything else about the month before publication.
     */
    public PeriodMention find(String sentence, int start, int end, LocalDate published, boolean rate) {
        Scan scan = scan(sentence, published);
        YearMonth now = YearMonth.from(published);
        Optional<Found> nearest = scan.periods.stream()
                .min(Comparator.comparingInt((Found f) -> f.mention.periods().size() > 1 ? 0 : 1)
                        .thenComparingInt(f -> distance(f, start, end, sentence)));
        Optional<Found> window = scan.windows.stream()
                .min(Comparator.comparingInt(f -> distance(f, start, end, sentence)));
        // A day or a week nearer the number than any month or year is the claim's window ("since September, ... 7,500 on Sunday").
        if (window.isPresent() && (nearest.isEmpty() || distance(window.get(), start, end, sentence)
                < distance(nearest.get(), start, end, sentence))) {
            return window.get().mention;
        }
        if (nearest.isPresent()) {
            return nearest.get().mention;
        }
        YearMonth assumed = rate || PRESENT.matcher(sentence).find() ? now : now.minusMonths(1);
        return new PeriodMention(List.of(Period.month(assumed)), Optional.empty(), false, false, Optional.empty(), "");
    }

    /**
     * Every period and window the sentence names, found once per sentence: a sentence with
     * several numbers asks for its period once per number (and its stated period besides).
     */
    private Scan scan(String sentence, LocalDate published) {
        Scan known = lastScan.get();
        if (known != null && known.sentence.equals(sentence) && known.published.equals(published)) {
            return known;
        }
        Scan scan = new Scan(sentence, published, periods(sentence, YearMonth.from(published)), partialWindows(sentence, published));
        lastScan.set(scan);
        return scan;
    }

    private static List<Found> periods(String sentence, YearMonth now) {
        List<Found> found = new ArrayList<>();
        // Most sentences name no fiscal year, calendar year, presidency or "month": those patterns are skipped outright.
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        boolean fiscal = lower.contains("fiscal");
        boolean fy = fiscal || lower.contains("fy");
        if (fy) {
            add(found, TWO_FISCAL, sentence, m -> {
                int first = fiscalYear(firstNonNull(m, 1, 3, 5));
                int second = fiscalYear(firstNonNull(m, 2, 4, 6));
                return mention(List.of(Period.fiscalYear(first), Period.fiscalYear(second)), m.group());
            });
        }
        if (fiscal) {
            add(found, FISCAL_RANGE, sentence, m -> mention(List.of(Period.fiscalYears(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))), m.group()));
            add(found, FISCAL_TO_DATE, sentence, m -> new PeriodMention(List.of(Period.fiscalYear(Period.fiscalYearOf(now))),
                    Optional.empty(), true, true, Optional.empty(), m.group()));
            add(found, LAST_FISCAL, sentence, m -> mention(List.of(Period.fiscalYear(Period.fiscalYearOf(now) - 1)), m.group()));
        }
        if (fy) {
            add(found, FISCAL, sentence, m -> mention(List.of(Period.fiscalYear(fiscalYear(firstNonNull(m, 1, 2, 3)))), m.group()));
        }
        if (lower.contains("calendar") || lower.contains("cy")) {
            add(found, CALENDAR, sentence, m -> mention(List.of(Period.calendarYear(Integer.parseInt(firstNonNull(m, 1, 2)))), m.group()));
        }
        if (lower.contains("trump") || lower.contains("biden") || lower.contains("obama")) {
            add(found, PRESIDENCY, sentence, m -> presidency(m, now));
        }
        add(found, MONTH_RANGE, sentence, m -> monthRange(m, now));
        add(found, MONTH_YEAR, sentence, m -> mention(List.of(Period.month(YearMonth.of(Integer.parseInt(m.group(1)),
                MonthNames.number(m.group()).orElseThrow()))), m.group()));
        add(found, SINCE_MONTH, sentence, m -> {
            int month = MonthNames.number(m.group(1)).orElseThrow();
            YearMonth from = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month) : mostRecent(month, now);
            return new PeriodMention(List.of(Period.months(from, now)), Optional.empty(), true, true, Optional.empty(), m.group());
        });
        add(found, MONTH_ALONE, sentence, m -> mention(List.of(Period.month(mostRecent(
                MonthNames.number(m.group(1)).orElseThrow(), now))), m.group()));
        add(found, MONTH_POSSESSIVE, sentence, m -> mention(List.of(Period.month(mostRecent(
                MonthNames.number(m.group(1)).orElseThrow(), now))), m.group()));
        add(found, MONTH_NAMED, sentence, m -> mention(List.of(Period.month(mostRecent(
                MonthNames.number(m.group(1)).orElseThrow(), now))), m.group()));
        add(found, HEADLINE_YEAR, sentence, m -> yearOpen(Integer.parseInt(m.group(1)), m.group()));
        if (lower.contains("month")) {
            add(found, LAST_MONTH, sentence, m -> mention(List.of(Period.month(now.minusMonths(1))), m.group()));
            add(found, THIS_MONTH, sentence, m -> mention(List.of(Period.month(now)), m.group()));
        }
        add(found, THIS_YEAR, sentence, m -> new PeriodMention(List.of(Period.months(YearMonth.of(now.getYear(), 1), now)),
                Optional.empty(), true, true, Optional.empty(), m.group()));
        if (lower.contains("last year")) {
            add(found, LAST_YEAR, sentence, m -> yearOpen(now.getYear() - 1, m.group()));
        }
        add(found, BARE_YEAR, sentence, m -> yearOpen(Integer.parseInt(m.group(1)), m.group()));
        return List.copyOf(found);
    }

    /** Days and weeks named in the sentence, each with the month it falls in. */
    private static List<Found> partialWindows(String sentence, LocalDate published) {
        List<Found> windows = new ArrayList<>();
        YearMonth now = YearMonth.from(published);
        Matcher day = DAY_DATE.matcher(sentence);
        while (day.find()) {
            int dayOfMonth = Integer.parseInt(day.group(2));
            if (dayOfMonth >= 1 && dayOfMonth <= 31 && !reported(sentence, day.start())) {
                YearMonth month = mostRecent(MonthNames.number(day.group(1)).orElseThrow(), now);
                windows.add(new Found(day.start(), day.end(), window(month, day.group())));
            }
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        while (weekday.find()) {
            if (!reported(sentence, weekday.start())) {
                LocalDate date = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.valueOf(weekday.group(1).toUpperCase(java.util.Locale.ROOT))));
                windows.add(new Found(weekday.start(), weekday.end(), window(YearMonth.from(date), weekday.group())));
            }
        }
        Matcher other = PARTIAL.matcher(sentence);
        while (other.find()) {
            int s = other.start();
            if (!reported(sentence, s) && windows.stream().noneMatch(w -> s < w.end && w.start < other.end())) {
                windows.add(new Found(s, other.end(), window(YearMonth.from(published.minusDays(
                        other.group().toLowerCase(java.util.Locale.ROOT).contains("week") ? 7 : 1)), other.group())));
            }
        }
        return windows;
    }

    private static PeriodMention window(YearMonth month, String words) {
        return new PeriodMention(List.of(Period.month(month)), Optional.empty(), false, true,
                Optional.of("a window shorter than a month (\"%s\")".formatted(words.strip())), words);
    }

    private static boolean reported(String sentence, int at) {
        return REPORTING.matcher(sentence.substring(Math.max(0, at - 40), at)).find();
    }

    /** A presidency as a span of whole months: from the first full month in office to the last, "since" running to date. */
    private static PeriodMention presidency(Matcher m, YearMonth now) {
        String who = m.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean second = m.group().toLowerCase(java.util.Locale.ROOT).contains("second") || who.equals("trump") && now.isAfter(YearMonth.of(2025, 1))
                && !m.group().toLowerCase(java.util.Locale.ROOT).contains("first");
        YearMonth first;
        YearMonth last;
        switch (who) {
            case "obama" -> { first = YearMonth.of(2009, 2); last = YearMonth.of(2017, 1); }
            case "biden" -> { first = YearMonth.of(2021, 2); last = YearMonth.of(2025, 1); }
            default -> {
                first = second ? YearMonth.of(2025, 2) : YearMonth.of(2017, 2);
                last = second ? now : YearMonth.of(2021, 1);
            }
        }
        boolean toDate = !last.isBefore(now);
        // An article dated before the term began (a dateline error, a forecast) still gets a valid span: its first month.
        YearMonth end = last.isAfter(now) ? (now.isBefore(first) ? first : now) : last;
        return new PeriodMention(List.of(Period.months(first, end)), Optional.empty(), toDate, true, Optional.empty(), m.group());
    }

    private static PeriodMention mention(List<Period> periods, String words) {
        return new PeriodMention(periods, Optional.empty(), false, true, Optional.empty(), words);
    }

    /** "In 2023" alone: the fiscal year is recorded and the calendar year kept as the alternative. */
    private static PeriodMention yearOpen(int year, String words) {
        return new PeriodMention(List.of(Period.fiscalYear(year)), Optional.of(Period.calendarYear(year)), false, true,
                Optional.empty(), words);
    }

    private static PeriodMention monthRange(Matcher m, YearMonth now) {
        int firstMonth = MonthNames.number(m.group().replaceFirst("(?i)^(?:between|from)\\s+", "")).orElseThrow();
        String secondName = m.group().replaceFirst("(?is).*\\s(?:and|to|through)\\s+", "");
        int lastMonth = MonthNames.number(secondName).orElseThrow();
        YearMonth last = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), lastMonth) : mostRecent(lastMonth, now);
        YearMonth first = m.group(1) != null ? YearMonth.of(Integer.parseInt(m.group(1)), firstMonth)
                : YearMonth.of(firstMonth <= lastMonth ? last.getYear() : last.getYear() - 1, firstMonth);
        // "between October 2022 and September this year" read before that September: the September after October.
        while (last.isBefore(first)) {
            last = last.plusYears(1);
        }
        return mention(List.of(Period.months(first, last)), m.group());
    }

    /** The most recent such month up to the publication month: "in November" read in December 2023 is 2023-11. */
    static YearMonth mostRecent(int month, YearMonth now) {
        return month <= now.getMonthValue() ? YearMonth.of(now.getYear(), month) : YearMonth.of(now.getYear() - 1, month);
    }

    private static int fiscalYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static String firstNonNull(Matcher matcher, int... groups) {
        for (int group : groups) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        throw new IllegalStateException("no group matched in " + matcher.group());
    }

    private static void add(List<Found> found, Pattern pattern, String sentence, Function<Matcher, PeriodMention> read) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            boolean inside = found.stream().anyMatch(f -> start < f.end && f.start < end);
            if (!inside) {
                found.add(new Found(start, end, read.apply(matcher)));
            }
        }
    }

    private static int distance(Found found, int start, int end, String sentence) {
        int distance;
        int from;
        int to;
        if (end <= found.start) {
            from = end;
            to = found.start;
        } else if (start >= found.end) {
            from = found.end;
            to = start;
        } else {
            return 0;
        }
        distance = to - from;
        // Another number in between claims the period for itself.
        return NUMBER.matcher(sentence.substring(from, to)).find() ? distance + 1000 : distance;
    }

    private record Found(int start, int end, PeriodMention mention) {}

    private record Scan(String sentence, LocalDate published, List<Found> periods, List<Found> windows) {}
}

package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.SpelledNumbers;
import dev.frontera.core.period.Period;
import dev.frontera.text.MonthNames;
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
    private static final Pattern BUDGET_YEAR = Pattern.compile("(?i)\\bbudget(?=\\s+years?\\b)");
    // "Fiscal years 2021, 2022 and 2023", "FY22 and FY23", "the 2022 and 2023 fiscal years": each year is claimed
    // (or one a figure, "respectively").
    private static final String AND_LAST = ",?\\s+and\\s+";
    private static final Pattern FISCAL_LIST = Pattern.compile("(?i)\\bfiscal(?: years?)?\\s+" + YEAR
            + "(?:\\s*,\\s*(?:fiscal(?: year)?\\s+)?" + YEAR + ")*" + AND_LAST + "(?:fiscal(?: year)?\\s+)?" + YEAR
            + "|\\b(?:the\\s+)?" + YEAR + "(?:\\s*,\\s*" + YEAR + ")*" + AND_LAST + "(?:the\\s+)?" + YEAR
            + "\\s+fiscal\\s+years\\b"
            + "|\\bFY\\s?\\d{2,4}(?:\\s*,\\s*(?:FY\\s?)?\\d{2,4})*" + AND_LAST + "(?:FY\\s?)?\\d{2,4}\\b");
    // "In both 2022 and 2023", "in 2021, 2022 and 2023": bare years, each claimed and each fiscal or calendar.
    private static final Pattern YEAR_LIST = Pattern.compile("(?i)\\b(?:in|during|for|of|over)\\s+(?:both\\s+)?" + YEAR
            + "(?:\\s*,\\s*" + YEAR + ")*" + AND_LAST + YEAR + "\\b(?!\\s*fiscal)");
    private static final Pattern LISTED_YEAR = Pattern.compile("(?<!\\d)\\d{2,4}(?!\\d)");
    private static final Pattern FISCAL_RANGE =
            Pattern.compile("(?i)\\bfiscal(?: years?)?\\s+" + YEAR + "\\s*(?:-|–|to|through)\\s*" + YEAR);
    private static final Pattern FISCAL = Pattern.compile(
            "(?i)\\bFY\\s?-?(\\d{4}|\\d{2})\\b|\\bfiscal(?: year)?\\s+" + YEAR + "|\\b" + YEAR + "\\s+fiscal\\s+year");
    private static final Pattern FISCAL_TO_DATE = Pattern.compile(
            "(?i)\\b(?:so far (?:this|in the(?: current)?) fiscal year|(?:this|the current) fiscal year(?: so far| to date)?"
                    + "|fiscal year to date|fiscal year-to-date|fiscal year \\d{4} to date)\\b");
    // "Fiscal 2024 through August", "the fiscal year through May": the fiscal year to the end of that month.
    private static final Pattern FISCAL_THROUGH = Pattern.compile(
            "(?i)\\b(?:(?:fiscal(?: year)?|FY)\\s?-?(?<year>\\d{4}|\\d{2})|(?:the|this|the current)\\s+fiscal\\s+year)"
                    + ",?\\s+(?:through|thru|until)\\s+(?:the\\s+end\\s+of\\s+)?(?<month>" + MONTH
                    + ")\\b(?!\\.?\\s*\\d)");
    private static final Pattern NUMBER_OR_BREAK = Pattern.compile("\\d|[;:]");
    // "Through August, ... in fiscal 2024": a month with no day that a fiscal year named beside it runs to.
    private static final Pattern THROUGH_MONTH =
            Pattern.compile("(?i)\\b(?:through|thru)\\s+(?:the\\s+end\\s+of\\s+)?(" + MONTH + ")\\b(?!\\.?\\s*\\d)");
    // "As of June 30", "by February 28": through a month's last day is the whole month; through another day, part of
    // it.
    private static final Pattern MONTH_END = Pattern.compile("(?i)\\b(?:as of|by|through|thru|until|ending|ended)\\s+("
            + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+" + YEAR + ")?");
    // "By the end of March 2019": a running count through that month.
    private static final Pattern END_OF_MONTH = Pattern.compile(
            "(?i)\\b(?:by|at|through|as of)\\s+the\\s+end\\s+of\\s+(" + MONTH + ")\\.?(?:,?\\s+" + YEAR + ")?");
    // "Since Oct. 1", "since the start of fiscal year 2019": the fiscal year to date.
    private static final Pattern FISCAL_START =
            Pattern.compile("(?i)\\bsince\\s+(?:oct(?:ober|\\.)?\\s+1(?:st)?\\b(?:,?\\s+" + YEAR + ")?"
                    + "|the (?:start|beginning) of (?:the\\s+)?(?:current\\s+)?fiscal(?: year)?(?:\\s+" + YEAR + ")?)");
    // "The first eight months of fiscal year 2019", "through 7 months of the current fiscal year".
    private static final Pattern FIRST_MONTHS = Pattern.compile(
            "(?i)\\b(?:(?:the|its)\\s+)?(?:first\\s+|through\\s+)(two|three|four|five|six|seven"
                    + "|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:the\\s+)?(?:(current|this|last|previous)\\s+)?"
                    + "(?:(fiscal\\s+year|fiscal|FY|year|calendar year)(?:\\s+(?:FY\\s?)?(\\d{4}|\\d{2}))?|((?:19|20)\\d{2})\\b)");
    // A part of a named year: "the first quarter of fiscal 2022", "the second half of 2024", "the last three
    // months of 2024", "Q4 2023"; "through the second quarter 2007" is the year's first two quarters.
    private static final Pattern PART_OF_YEAR =
            Pattern.compile("(?i)\\b(?<through>through\\s+(?:the\\s+end\\s+of\\s+)?)?"
                    + "(?:(?:the|its)\\s+)?(?:(?<which>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?<part>quarter|half)"
                    + "|(?:final|last)\\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months"
                    + "|Q(?<q>[1-4]))\\s+(?:of\\s+)?(?:the\\s+)?(?:(?<kind>fiscal\\s+year|fiscal|FY|calendar(?:\\s+year)?|year)\\s*)?"
                    + "(?<year>\\d{4}|(?<=FY\\s?)\\d{2})\\b");
    // "Between Oct. 1, 2004, and Sept. 30, 2005", "from January 1 to December 31, 2020".
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)\\b(?:from|between)\\s+(" + MONTH
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?" + "(?:\\s+" + YEAR + ",?)?\\s+(?:to|and|through|until|thru)\\s+("
            + MONTH + ")\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
    // "Between 1 October 2023 and 31 December 2023": the same, the day first.
    private static final Pattern DATE_RANGE_DAY_FIRST =
            Pattern.compile("(?i)\\b(?:from|between)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+("
                    + MONTH + ")\\.?,?" + "(?:\\s+" + YEAR
                    + ",?)?\\s+(?:to|and|through|until|thru)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+("
                    + MONTH + ")\\.?,?\\s+" + YEAR);
    // "From FY21 to FY23": the same, in CBP's short form.
    // "From FY21 to FY23"; "FY2012 through FY2016", "FY12-FY16" (both named FY; "FY22 and FY23" is two, and "rose 4%
    // FY2022 to FY2023" is a change from one to the other).
    private static final Pattern FY_RANGE = Pattern.compile(
            "(?i)\\b(?:from|between)\\s+FY\\s?-?(\\d{4}|\\d{2})\\s+(?:to|and|through)\\s+(?:FY\\s?-?)?(\\d{4}|\\d{2})\\b"
                    + "|\\bFY\\s?(\\d{4}|\\d{2})\\s*(?:through|thru|-|–)\\s*FY\\s?(\\d{4}|\\d{2})\\b");
    // "From 2023 to 2024", "between fiscal 2019 and 2021": a run of years (fiscal, or calendar as the other reading).
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?i)\\b(?:from|between)\\s+(fiscal(?: years?)?\\s+|FY\\s?|calendar(?: years?)?\\s+)?"
                    + YEAR + "\\s+(?:to|and|through)\\s+(?:fiscal(?: year)?\\s+|FY\\s?|calendar(?: year)?\\s+)?" + YEAR
                    + "\\b");
    private static final Pattern LAST_FISCAL =
            Pattern.compile("(?i)\\b(?:last|the previous|the past|the prior) fiscal year\\b");
    private static final Pattern CALENDAR =
            Pattern.compile("(?i)\\bcalendar(?: year)?\\s+" + YEAR + "|\\bCY\\s?" + YEAR);
    // "From March 2020 until the policy ended in May 2023": "until" with a few words and "in" before the last month.
    private static final Pattern MONTH_RANGE = Pattern.compile("(?i)\\b(?:between|from)\\s+" + MONTH + "(?:\\s+" + YEAR
            + ")?\\s+(?:and|to|through|until|till|(?:until|till)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?in)\\s+" + MONTH
            + "(?:\\s+(?:of\\s+)?" + YEAR + ")?");
    // "January through November 2024", "Oct.-Dec. 2023": a span of months written without "from".
    private static final Pattern MONTH_SPAN = Pattern.compile("(?i)\\b(" + MONTH + ")(?:\\s+" + YEAR
            + ")?\\s*(?:\\s(?:through|thru|to|until)\\s|[-–])\\s*(" + MONTH + ")(?:,?\\s+(?:of\\s+)?" + YEAR
            + ")?\\b");
    // Words that set a month beside another: a comparison or a sequence.
    private static final Pattern SET_BESIDE =
            // "..., ended in May 2023, encounters fell sharply: June's total": a colon goes on about the same time.
            Pattern.compile(
                    "(?i)(?:\\b(?:than|compared (?:with|to)|from|versus|vs\\.?|and|while|before|after|then|to)|:)\\s+"
                            // "... and another 16% in September": a further figure of the same run.
                            + "(?:(?:another|a further|an additional)\\s+)?(?:[\\d,.]+%?\\s+(?:\\p{L}+\\s+){0,2})?$");
    // "... than in April 2023", "from May 2023": a dated month that is itself a change's base.
    private static final Pattern BASE_BEFORE =
            Pattern.compile("(?i)\\b(?:than|compared (?:with|to)|from|versus|vs\\.?)\\s+(?:in\\s+|during\\s+)?"
                    + "(?:[\\d,.]+\\s+(?:\\p{L}+\\s+){0,2})?$"
                    // "... 89% below August 2024": the month straight after "above" or "below" is the base.
                    + "|\\b" + QualifierRule.ABOVE_OR_BELOW + "$");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_ALONE =
            Pattern.compile("(?i)\\b(?:in|during|for|of|last|this|since|through|by)\\s+(?:the\\s+month\\s+of\\s+)?"
                    + "(" + MONTH + ")(?!\\w|\\.?\\s*\\d)");
    private static final Pattern MONTH_POSSESSIVE = Pattern.compile("(?i)\\b(" + MONTH + ")['’]s?(?!\\w)");
    // A capitalised month name alone ("November had the most...", "the August encounters"), not "May" the verb.
    private static final Pattern MONTH_NAMED = Pattern.compile(
            "\\b(January|February|March|April|June|July|August|September|October"
                    + "|November|December|May(?!\\s+(?:be|have|not|also|well|need|take|seem|help|want)\\b))\\b(?!\\.?\\s*\\d)");
    private static final Pattern HEADLINE_YEAR = Pattern.compile("^" + YEAR + "\\s+(?=\\p{Ll})");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern PRESENT =
            Pattern.compile("(?i)\\b(?:is|are|am|has|have|now|currently|today|continues?|coincides|comes|remains?)\\b");
    // "The year before", "a year earlier", "a year ago", "the previous year": a year back from a period written before
    // it.
    /** "A year earlier", "two years before", "a decade ago": {@link #yearsBack} says how many years. */
    public static final String YEARS_BACK =
            "(?<count>a|one|two|three|four|five|\\d)\\s+(?<unit>years?|decades?)\\s+(?:earlier|before|ago)";

    /** How many years back a match of {@link #YEARS_BACK} goes ("a decade ago" is ten). */
    public static int yearsBack(Matcher matcher) {
        int count = Math.max(1, SpelledNumbers.count(matcher.group("count").replaceFirst("(?i)^a$", "one")));
        return matcher.group("unit").toLowerCase(java.util.Locale.ROOT).startsWith("decade") ? 10 * count : count;
    }

    private static final Pattern YEAR_EARLIER = Pattern.compile(
            // "The same period last year", "the same eight months a year earlier": the period before, a year back.
            "(?i)\\b(?:the\\s+same\\s+(?:period|time|stretch|span|(?:\\w+\\s+)?months?)\\s+(?:last\\s+year|a\\s+year\\s+(?:earlier|before|ago)"
                    + "|(?:of\\s+|in\\s+)?the\\s+(?:previous|prior|preceding)\\s+year)"
                    + "|the\\s+year\\s+(?:before|prior)|(?<![\\d.,])" + YEARS_BACK
                    + "|the\\s+(?:previous|prior|preceding)\\s+(?:fiscal\\s+)?year)\\b(?!\\s+(?:to|of|in|ago|last)\\b)");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    // "Since February 2021", "since the May 2019 peak".
    private static final Pattern SINCE_MONTH =
            Pattern.compile("(?i)\\bsince\\s+(?:the\\s+(?=\\S+\\s+\\d{4}\\s+(?:peak|high|low|record)\\b))?(" + MONTH
                    + ")(?:\\s+" + YEAR + ")?\\b");
    // "Over the last four months", "in the past 12 months": the whole months before publication.
    private static final Pattern LAST_N_MONTHS =
            Pattern.compile("(?i)\\b(?:the\\s+)?(?:last|past|previous|preceding)\\s+"
                    + "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+months\\b");
    // "The 12 months through June 2024", "the 12-month period ending in September 2023": the months up to that one.
    private static final Pattern MONTHS_THROUGH = Pattern.compile("(?i)\\b(?:the\\s+)?"
            // "The year to September" (British copy) is twelve months; "this year through June" and "the fiscal
            // year through May" are not.
            + "((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})(?=[\\s-]+months?\\b)|(?<=\\bthe\\s)year)"
            + "(?:[\\s-]+months?)?(?:\\s+period)?\\s+"
            + "(?:through|thru|to|until|ending(?:\\s+in)?|ended(?:\\s+in)?)\\s+(" + MONTH + ")(?:\\.?,?\\s+(?:of\\s+)?"
            + YEAR
            + ")?\\b(?!\\.?\\s*\\d)");
    // "Encounters in October and November 2024 totaled 200,525": two months named for one total are their sum.
    private static final Pattern MONTH_PAIR = Pattern.compile(
            "(?i)\\b(" + MONTH + ")\\.?\\s+(?:and|&)\\s+(" + MONTH + ")\\.?,?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern TOTALLED =
            Pattern.compile("(?i)\\b(?:total(?:ed|led|ing|s)?|combined|together|in all|altogether|sum)\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\b(?:last|the previous|the past) month\\b");
    private static final Pattern THIS_MONTH =
            Pattern.compile("(?i)(?<!so far )\\b(?:this|the current) month\\b(?!\\s+(?:so far|to date))");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(?:so far )?this (?:calendar )?year\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTH + "\\.?,?\\s+(?:of\\s+)?$");
    // "This time last year", "the same month last year" are a change's base a year back (ChangeBaseRule), not a year.
    private static final Pattern LAST_YEAR =
            Pattern.compile("(?i)(?<!\\btime )(?<!\\bperiod )(?<!\\bmonth )(?<!\\bmonths )\\blast year\\b");
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?i)\\b(?:in|during|for|throughout|of|over|from)\\s+(?:all of\\s+)?" + YEAR + "\\b(?!\\s*fiscal)");
    // "During the 2014 surge", "the 2024 total": a year named as the time of an event or of a count is that year.
    private static final Pattern YEAR_OF_EVENT = Pattern.compile("(?i)\\bthe\\s+" + YEAR
            + "\\s+(?:(?:border\\s+|migrant\\s+|migration\\s+)?(?:surge|crisis|influx|wave|spike|rush)"
            + "|(?:annual\\s+|yearly\\s+)?(?:total|tally|count|figure|numbers?))\\b");
    private static final Pattern PARTIAL =
            Pattern.compile("(?i)\\b(?:last|this|past|previous) week(?:end)?\\b|\\b(?:on|last|this)\\s+"
                    + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\byesterday\\b|\\btoday\\b|\\bsingle day\\b"
                    + "|\\b(?:in|on) one day\\b|\\b(?:past|last|first|previous)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen)\\s+(?:days|weeks)\\b"
                    + "|\\b(?:\\d{1,2}|seven|ten|fourteen|fifteen|thirty)[- ]day\\b|\\bweekly\\b|\\bper week\\b|\\b(?:a|one|that|the same) week\\b|\\bpeaked at\\b"
                    + "|\\bon \\w+ \\d{1,2}\\b"
                    // Half a month: "the second half of October" (half of a year is six whole months, not this).
                    + "|\\b(?:first|second|latter|last|final) half(?= of (?:the month\\b|" + MONTH + "))"
                    // A month so far, or a run of days: "so far this month", "in 15 days".
                    + "|\\bso far this month\\b|\\bthis month (?:so far|to date)\\b|\\bmonth[- ]to[- ]date\\b"
                    + "|\\bin (?:just |only )?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|twenty) days\\b");
    // A day of a month ("on Sept. 17", "September 20th"): the record is monthly, so the claim is about a single day.
    // "The September 11 attacks" name an event, not a day.
    private static final Pattern DAY_DATE = Pattern.compile(
            "(?i)\\b(?:on\\s+)?(" + MONTH
                    + ")\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,|-|–)?\\s*\\d{3})(?!\\s+(?:attacks?|terror\\w*|hijack\\w*))");
    // The day first, as British and military copy write it: "on 20 February", "20 February 2024".
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?i)\\bon\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH
                    + ")\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\s+(?=(?:19|20)\\d{2}\\b)");
    // The year a day-first date goes on with ("20 February 2024"); after a comma it may be a count ("On 20 February,
    // 2000 migrants ...").
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\s+((?:19|20)\\d{2})\\b");
    // A weekday named alone ("crossed the border Wednesday"), capitalised as in news copy.
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!['’]s)");
    // Presidencies as periods: "during the Trump administration", "since Mr. Biden took office (in 2021)".
    private static final Pattern PRESIDENCY = Pattern.compile(
            "(?i)\\b(since|under|during|in|throughout|over)\\s+(?:the\\s+)?(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?"
                    + "(?:joe\\s+|donald\\s+|barack\\s+)?(trump|biden|obama)(?:['’]s)?(?:\\s+(?:first\\s+|second\\s+)?(?:administration|presidency|term|era|tenure)"
                    // "Over Biden's four years": a whole term; Trump's four are the first.
                    + "|['’]s\\s+(?:(?:first|second)\\s+)?(?:four|eight)\\s+years(?:\\s+in\\s+office)?"
                    // "Over Obama's two terms": both.
                    + "|['’]s\\s+(?:two|both)\\s+terms"
                    + "|\\s+(?:took|entered|came (?:in)?to) office|\\s+was (?:inaugurated|sworn in))(?:\\s+in\\s+(?:january\\s+)?(?:19|20)\\d\\d)?");
    // "Have fallen under Trump", "is now": the term running, not one before.
    private static final Pattern PRESENT_TENSE =
            Pattern.compile("(?i)\\b(?:is|are|has|have|now|currently|so far|this year|continues?|remains?)\\b");
    // "Under President Biden", "during Trump": the presidency, as "under the Biden administration" is.
    private static final Pattern UNDER_PRESIDENT =
            Pattern.compile("(?i)\\b(under|during|throughout)\\s+(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?"
                    + "(?:joe\\s+|donald\\s+|barack\\s+)?(trump|biden|obama)\\b(?!['’]s\\s+(?:first|second)\\b)");
    // "Biden has presided over 7 million encounters", "on Trump's watch", "in the Obama years": the presidency too.
    private static final Pattern PRESIDED = Pattern.compile(
            "(?i)\\b()(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?(?:joe\\s+|donald\\s+|barack\\s+)?(trump|biden|obama)"
                    + "\\s+(?:has|had)\\s+(?:now\\s+)?presided\\s+over\\b"
                    + "|\\b(on)\\s+(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?(?:joe\\s+|donald\\s+|barack\\s+)?"
                    + "(trump|biden|obama)['’]s\\s+watch\\b"
                    // "The Biden years saw ...", "over the four years of the Biden administration": a whole term.
                    + "|\\b(?:(in|during|over|throughout)\\s+)?the\\s+(trump|biden|obama)\\s+years\\b"
                    + "|\\b(in|during|over|throughout)\\s+the\\s+(?:four|eight)\\s+years\\s+of\\s+(?:the\\s+)?"
                    + "(trump|biden|obama)(?:['’]s)?\\s+(?:administration|presidency|term)\\b");
    // The first months of a presidency: "the first two months of the Trump administration", "Biden's first full
    // month in office", "the first full month since Donald Trump became president again".
    private static final String WHO =
            "(?:(?:former\\s+)?president\\s+|mr\\.\\s+)?(?:joe\\s+|donald\\s+|barack\\s+)?(trump|biden|obama)";
    private static final String FIRST_N_MONTHS =
            "first\\s+(?:full\\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+)?months?";
    private static final Pattern FIRST_MONTHS_IN_OFFICE = Pattern.compile("(?i)\\b(?:"
            + FIRST_N_MONTHS + "\\s+(?:of|in|since)\\s+(?:the\\s+)?" + WHO
            + "(?:['’]s)?(?:\\s+(?:first\\s+|second\\s+)?(?:administration|presidency|term)|\\s+(?:took|entered|came (?:in)?to) office"
            + "|\\s+became president(?:\\s+again)?|\\s+returned to (?:the white house|office))"
            + "|" + WHO + "['’]s\\s+(?:(?:first|second)\\s+term['’]s\\s+)?" + FIRST_N_MONTHS + "(?:\\s+in office)?)");
    private static final Pattern OF_MONTH = Pattern.compile("(?i)^\\s+of\\s+(" + MONTH + ")\\b");
    private static final Pattern QUALIFIED_MONTH = Pattern.compile("(?is)\\s+of\\s+.*");
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
        Optional<Found> window =
                scan.windows.stream().min(Comparator.comparingInt(f -> distance(f, start, end, sentence)));
        // A day or a week nearer the number than any month or year is the claim's window ("since September, ... 7,500
        // on Sunday").
        if (window.isPresent()
                && (nearest.isEmpty()
                        || distance(window.get(), start, end, sentence)
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
     * Every period the sentence names and every window shorter than a month (a day, a week), in
     * order of position: the candidates a figure's period is chosen from.
     */
    public List<Located> mentions(String sentence, LocalDate published) {
        Scan scan = scan(sentence, published);
        List<Located> all = new ArrayList<>(scan.periods.size() + scan.windows.size());
        scan.periods.forEach(f -> all.add(new Located(f.start, f.end, f.mention)));
        scan.windows.forEach(f -> all.add(new Located(f.start, f.end, f.mention)));
        all.sort(Comparator.comparingInt(Located::start));
        return List.copyOf(all);
    }

    /** A period or window named at {@code [start, end)} of a sentence. */
    public record Located(int start, int end, PeriodMention mention) {
        /** Characters between this mention and the span {@code [from, to)}; 0 when they overlap. */
        public int distanceTo(int from, int to) {
            if (to <= start) {
                return start - to;
            }
            return from >= end ? from - end : 0;
        }
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
        // Offsets are kept: the blanked words are spaces of the same length.
        String scanned = YearBoundaryRule.blank(asFiscal(sentence));
        List<Found> all = partialWindows(scanned, published);
        // "On 20 February 2024": a day written first holds the month (and year) named after it.
        // A range of dates that holds the day ("between 1 October 2023 and 31 December 2023") is read whole.
        List<Found> days = all.stream()
                .filter(w -> DAY_FIRST
                        .matcher(scanned)
                        .useTransparentBounds(true)
                        .region(w.start, w.end)
                        .lookingAt())
                .toList();
        List<Found> periods = periods(scanned, YearMonth.from(published)).stream()
                .filter(p -> days.stream()
                        .noneMatch(d -> d.start < p.end && p.start < d.end && !(p.start <= d.start && d.end <= p.end)))
                .toList();
        List<Found> windows = all.stream()
                .filter(w -> periods.stream().noneMatch(p -> w.start < p.end && p.start < w.end))
                .toList();
        // "The first 15 days of December": the month only says which days; the window is the claim's.
        List<Found> kept = periods.stream()
                .filter(p -> windows.stream()
                        .noneMatch(w -> w.end <= p.start
                                && p.start - w.end <= 2
                                && QUALIFIED_MONTH
                                        .matcher(sentence.substring(w.end, p.end))
                                        .matches()))
                .toList();
        Scan scan = new Scan(sentence, published, kept, windows);
        lastScan.set(scan);
        return scan;
    }

    /**
     * "The 2023 budget year" (AP style) is the fiscal year: the words are swapped, same length, so
     * every offset stays.
     */
    static String asFiscal(String sentence) {
        Matcher matcher = BUDGET_YEAR.matcher(sentence);
        return matcher.find()
                ? matcher.replaceAll(m -> Character.isUpperCase(m.group().charAt(0)) ? "Fiscal" : "fiscal")
                : sentence;
    }

    private static List<Found> periods(String sentence, YearMonth now) {
        List<Found> found = new ArrayList<>();
        // Most sentences name no fiscal year, calendar year, presidency or "month": those patterns are skipped
        // outright.
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        boolean fiscal = lower.contains("fiscal");
        boolean fy = fiscal || lower.contains("fy");
        if (fy) {
            add(found, FISCAL_THROUGH, sentence, m -> fiscalThrough(m, now));
        }
        add(
                found,
                DATE_RANGE,
                sentence,
                m -> dateRange(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group()));
        add(
                found,
                DATE_RANGE_DAY_FIRST,
                sentence,
                m -> dateRange(m.group(2), m.group(1), m.group(3), m.group(5), m.group(4), m.group(6), m.group()));
        if (TOTALLED.matcher(sentence).find()) {
            add(found, MONTH_PAIR, sentence, PeriodRule::monthPair);
        }
        if (lower.contains("q") || lower.contains("half") || lower.contains("month")) {
            add(found, PART_OF_YEAR, sentence, PeriodRule::partOfYear);
        }
        if (lower.contains("month")
                || lower.contains("year t")
                || lower.contains("year e")
                || lower.contains("year u")) {
            add(found, MONTHS_THROUGH, sentence, m -> monthsThrough(m, now));
            add(found, LAST_N_MONTHS, sentence, m -> lastMonths(m, now));
            add(found, FIRST_MONTHS, sentence, m -> firstMonths(m, now));
        }
        Optional<YearMonth> through = monthEnd(sentence, now);
        add(found, MONTH_END, sentence, m -> {
            YearMonth month = m.group(3) != null
                    ? YearMonth.of(
                            Integer.parseInt(m.group(3)),
                            MonthNames.number(m.group(1)).orElseThrow())
                    : mostRecent(MonthNames.number(m.group(1)).orElseThrow(), now);
            return Integer.parseInt(m.group(2)) == month.lengthOfMonth()
                    ? mention(List.of(Period.month(month)), m.group())
                    : window(month, m.group());
        });
        add(found, FISCAL_START, sentence, m -> {
            int year = m.group(1) != null
                    ? Integer.parseInt(m.group(1))
                            + (m.group().toLowerCase(java.util.Locale.ROOT).contains("oct") ? 1 : 0)
                    : m.group(2) != null ? Integer.parseInt(m.group(2)) : Period.fiscalYearOf(through.orElse(now));
            // "As of June 30, ... since Oct. 1": the fiscal year through June, not to the last month published.
            if (through.isPresent() && Period.fiscalYearOf(through.get()) == year) {
                return mention(List.of(Period.fiscalYearToDate(year, through.get())), m.group());
            }
            return new PeriodMention(
                    List.of(Period.fiscalYear(year)), Optional.empty(), true, true, Optional.empty(), m.group());
        });
        if (fy) {
            add(found, FY_RANGE, sentence, m -> {
                int first = fiscalYear(firstNonNull(m, 1, 3));
                int last = fiscalYear(firstNonNull(m, 2, 4));
                return last <= first
                        ? mention(List.of(Period.fiscalYear(first)), m.group())
                        : new PeriodMention(
                                List.of(Period.fiscalYears(first, last)),
                                Optional.empty(),
                                false,
                                true,
                                Optional.empty(),
                                m.group());
            });
        }
        add(found, YEAR_RANGE, sentence, m -> {
            int first = Integer.parseInt(m.group(2));
            int last = Integer.parseInt(m.group(3));
            if (last <= first) {
                return mention(List.of(Period.fiscalYear(first)), m.group());
            }
            boolean calendar = m.group(1) != null
                    && m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("calendar");
            boolean fiscalNamed = m.group(1) != null && !calendar;
            Period fiscalYears = Period.fiscalYears(first, last);
            Period calendarYears = Period.calendarYears(first, last);
            return calendar
                    ? mention(List.of(calendarYears), m.group())
                    : new PeriodMention(
                            List.of(fiscalYears),
                            fiscalNamed ? Optional.empty() : Optional.of(calendarYears),
                            false,
                            true,
                            Optional.empty(),
                            m.group());
        });
        if (fy) {
            add(found, FISCAL_LIST, sentence, m -> mention(listedYears(m.group()), m.group()));
        }
        if (fiscal) {
            add(
                    found,
                    FISCAL_RANGE,
                    sentence,
                    m -> mention(
                            List.of(Period.fiscalYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
                            m.group()));
            // "By the end of March 2019, ... in a fiscal year to date": the fiscal year through March.
            add(
                    found,
                    FISCAL_TO_DATE,
                    sentence,
                    m -> through.isPresent()
                            ? mention(
                                    List.of(Period.fiscalYearToDate(Period.fiscalYearOf(through.get()), through.get())),
                                    m.group())
                            : new PeriodMention(
                                    List.of(Period.fiscalYear(Period.fiscalYearOf(now))),
                                    Optional.empty(),
                                    true,
                                    true,
                                    Optional.empty(),
                                    m.group()));
            add(
                    found,
                    LAST_FISCAL,
                    sentence,
                    m -> mention(List.of(Period.fiscalYear(Period.fiscalYearOf(now) - 1)), m.group()));
        }
        if (fy) {
            add(
                    found,
                    FISCAL,
                    sentence,
                    m -> mention(List.of(Period.fiscalYear(fiscalYear(firstNonNull(m, 1, 2, 3)))), m.group()));
        }
        if (lower.contains("calendar") || lower.contains("cy")) {
            add(
                    found,
                    CALENDAR,
                    sentence,
                    m -> mention(List.of(Period.calendarYear(Integer.parseInt(firstNonNull(m, 1, 2)))), m.group()));
        }
        if (lower.contains("trump") || lower.contains("biden") || lower.contains("obama")) {
            add(found, FIRST_MONTHS_IN_OFFICE, sentence, m -> firstMonthsInOffice(m, now));
            boolean past = !PRESENT_TENSE.matcher(sentence).find();
            add(found, PRESIDENCY, sentence, m -> presidency(m, now, past));
            add(found, UNDER_PRESIDENT, sentence, m -> presidency(m, now, past));
            add(found, PRESIDED, sentence, m -> presidency(m, now, past));
        }
        add(found, MONTH_RANGE, sentence, m -> monthRange(m, now));
        add(found, MONTH_SPAN, sentence, m -> monthSpan(m, now));
        // Before a month with its year: "since February 2021" runs from February to date, it is not February alone.
        add(found, SINCE_MONTH, sentence, m -> {
            int month = MonthNames.number(m.group(1)).orElseThrow();
            YearMonth from =
                    m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month) : mostRecent(month, now);
            return new PeriodMention(
                    List.of(Period.months(from, now)), Optional.empty(), true, true, Optional.empty(), m.group());
        });
        int withYear = found.size();
        add(
                found,
                MONTH_YEAR,
                sentence,
                m -> mention(
                        List.of(Period.month(YearMonth.of(
                                Integer.parseInt(m.group(1)),
                                MonthNames.number(m.group()).orElseThrow()))),
                        m.group()));
        int bare = found.size();
        add(
                found,
                MONTH_ALONE,
                sentence,
                m -> mention(
                        List.of(Period.month(
                                mostRecent(MonthNames.number(m.group(1)).orElseThrow(), now))),
                        m.group()));
        add(
                found,
                MONTH_POSSESSIVE,
                sentence,
                m -> mention(
                        List.of(Period.month(
                                mostRecent(MonthNames.number(m.group(1)).orElseThrow(), now))),
                        m.group()));
        add(
                found,
                MONTH_NAMED,
                sentence,
                m -> mention(
                        List.of(Period.month(
                                mostRecent(MonthNames.number(m.group(1)).orElseThrow(), now))),
                        m.group()));
        nearDatedMonth(found, found.subList(withYear, bare).stream().toList(), bare, now, sentence);
        add(found, HEADLINE_YEAR, sentence, m -> yearOpen(Integer.parseInt(m.group(1)), m.group()));
        if (lower.contains("month")) {
            add(found, LAST_MONTH, sentence, m -> mention(List.of(Period.month(now.minusMonths(1))), m.group()));
            add(found, THIS_MONTH, sentence, m -> mention(List.of(Period.month(now)), m.group()));
        }
        Matcher thisYear = THIS_YEAR.matcher(sentence);
        if (thisYear.find()
                && !MONTH_BEFORE
                        .matcher(sentence.substring(0, thisYear.start()))
                        .find()) {
            // "June of this year" dates the month; only "this year" alone is the year so far.
            add(found, THIS_YEAR, sentence, m -> thisYear(m.group(), now));
        }
        if (lower.contains("last year")) {
            add(found, LAST_YEAR, sentence, m -> yearOpen(now.getYear() - 1, m.group()));
        }
        add(found, YEAR_LIST, sentence, m -> {
            List<Period> years = listedYears(m.group());
            return new PeriodMention(
                    years,
                    Optional.of(Period.calendarYears(
                            years.get(0).last().getYear(),
                            years.get(years.size() - 1).last().getYear())),
                    false,
                    true,
                    Optional.empty(),
                    m.group());
        });
        add(found, BARE_YEAR, sentence, m -> yearOpen(Integer.parseInt(m.group(1)), m.group()));
        add(found, YEAR_OF_EVENT, sentence, m -> yearOpen(Integer.parseInt(m.group(1)), m.group()));
        yearEarlier(found, sentence);
        if (fy) {
            throughMonth(found, sentence);
        }
        return List.copyOf(found);
    }

    private static PeriodMention fiscalThrough(Matcher m, YearMonth now) {
        int month = MonthNames.number(m.group("month")).orElseThrow();
        YearMonth through;
        if (m.group("year") == null) {
            through = mostRecent(month, now);
        } else {
            int year = fiscalYear(m.group("year"));
            through = YearMonth.of(month >= 10 ? year - 1 : year, month);
        }
        return mention(List.of(Period.fiscalYearToDate(Period.fiscalYearOf(through), through)), m.group());
    }

    /**
     * "Through August, southwest border encounters in fiscal 2024 stood at 2.03 million": the one
     * fiscal year the sentence names runs to the end of that month, which is then no period of its own.
     */
    private static void throughMonth(List<Found> found, String sentence) {
        Matcher m = THROUGH_MONTH.matcher(sentence);
        if (!m.find() || m.find(m.end())) {
            return;
        }
        m = THROUGH_MONTH.matcher(sentence);
        m.find();
        int start = m.start();
        int end = m.end();
        if (found.stream().anyMatch(f -> f.start < end && start < f.end && (f.start < start || f.end > end))) {
            return; // "from July through August" is a range of its own
        }
        int month = MonthNames.number(m.group(1)).orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found year = found.get(i);
            List<Period> periods = year.mention.periods();
            // A fiscal year named as such (not a bare year), no base, with no number and no clause break between
            // it and the month: "Through August, encounters were down 40% from ... fiscal 2023" is not it.
            String between = year.end <= start
                    ? sentence.substring(year.end, start)
                    : sentence.substring(end, Math.max(end, year.start));
            if (periods.size() == 1
                    && periods.get(0)
                            .equals(Period.fiscalYear(
                                    Period.fiscalYearOf(periods.get(0).last())))
                    && year.mention.calendarAlternative().isEmpty()
                    && !isBase(sentence, year.start)
                    && !NUMBER_OR_BREAK.matcher(between).find()) {
                years.add(i);
            }
        }
        if (years.size() != 1) {
            return;
        }
        Found year = found.get(years.get(0));
        int fiscal = Period.fiscalYearOf(year.mention.periods().get(0).last());
        YearMonth through = YearMonth.of(month >= 10 ? fiscal - 1 : fiscal, month);
        found.set(
                years.get(0),
                new Found(
                        year.start,
                        year.end,
                        mention(List.of(Period.fiscalYearToDate(fiscal, through)), year.mention.words())));
        found.removeIf(f -> f.start >= start && f.end <= end);
    }

    /**
     * "Arrests rose 29% in August 2023 compared with July": a month named without its year, set beside
     * another month the sentence dates ("compared with", "up from 181,054 in", "and in"), is the one nearest that month (the dated one nearest in
     * the text), not the most recent before the article; never one after the article's month. The
     * dated month's own name alone is another year's ("in March, 40% higher than in March 2023"). A
     * base dates no other base: "up 11% from March and 50% more than in April 2023" leaves March the
     * most recent.
     */
    /** Whether the period at {@code start} is a change's base ("than in April 2023", "from March"). */
    private static boolean isBase(String sentence, int start) {
        return BASE_BEFORE
                .matcher(sentence.substring(Math.max(0, start - 30), start))
                .find();
    }

    private static void nearDatedMonth(List<Found> found, List<Found> dated, int from, YearMonth now, String sentence) {
        if (dated.isEmpty()) {
            return;
        }
        for (int i = from; i < found.size(); i++) {
            Found month = found.get(i);
            if (!SET_BESIDE
                    .matcher(sentence.substring(Math.max(0, month.start - 30), month.start))
                    .find()) {
                continue; // "the record of 88,857, set in May 2019, ... recorded in June": June is this year's
            }
            boolean monthIsBase = isBase(sentence, month.start);
            Optional<Found> nearestDated = dated.stream()
                    .filter(d -> !monthIsBase || !isBase(sentence, d.start))
                    .min(Comparator.comparingInt(d -> Math.abs(d.start - month.start)));
            if (nearestDated.isEmpty()) {
                continue;
            }
            Found anchor = nearestDated.get();
            if (anchor.mention.toDate()
                    || SINCE_BEFORE
                            .matcher(sentence.substring(Math.max(0, anchor.start - 20), anchor.start))
                            .find()) {
                continue; // "Since the May 2019 peak, ... fallen 80 percent, to 47,283 in August": this year's August
            }
            YearMonth at = anchor.mention.periods().get(0).first();
            int number = month.mention.periods().get(0).first().getMonthValue();
            if (number == at.getMonthValue()) {
                continue; // "in March were 40% higher than in March 2023": another March than the dated one
            }
            YearMonth nearest = java.util.stream.Stream.of(-1, 0, 1)
                    .map(shift -> YearMonth.of(at.getYear() + shift, number))
                    .filter(candidate -> !candidate.isAfter(now))
                    .min(Comparator.comparingLong(
                            candidate -> Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(at, candidate)) * 2
                                    + (candidate.isAfter(at) ? 1 : 0)))
                    .orElse(month.mention.periods().get(0).first());
            found.set(
                    i,
                    new Found(month.start, month.end, mention(List.of(Period.month(nearest)), month.mention.words())));
        }
    }

    /**
     * "In fiscal year 2022, ... up from 1.7 million the year before": a year back from the period
     * written before it in the sentence (the nearest one that names a single period), not from the
     * article's date. With no period before it, the words name none here ("a year earlier" is then a
     * change's base, read by the change words).
     */
    private static void yearEarlier(List<Found> found, String sentence) {
        Matcher matcher = YEAR_EARLIER.matcher(sentence);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (found.stream().anyMatch(f -> start < f.end && f.start < end)) {
                continue;
            }
            String count = matcher.group("count");
            String words = matcher.group();
            found.stream()
                    .filter(f -> f.end <= start
                            && f.mention.stated()
                            && f.mention.partial().isEmpty()
                            && f.mention.periods().size() == 1)
                    .max(Comparator.comparingInt(Found::end))
                    .ifPresent(anchor -> {
                        // "Two years earlier": that many years back.
                        int years = count == null ? 1 : yearsBack(matcher);
                        found.add(new Found(start, end, anchor.mention.yearsBefore(years, words)));
                    });
        }
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
        Matcher dayFirst = DAY_FIRST.matcher(sentence);
        while (dayFirst.find()) {
            String digits = dayFirst.group(1) != null ? dayFirst.group(1) : dayFirst.group(3);
            String name = dayFirst.group(2) != null ? dayFirst.group(2) : dayFirst.group(4);
            int dayOfMonth = Integer.parseInt(digits);
            int s = dayFirst.start();
            if (dayOfMonth >= 1
                    && dayOfMonth <= 31
                    && !reported(sentence, s)
                    && windows.stream().noneMatch(w -> s < w.end && w.start < dayFirst.end())) {
                int number = MonthNames.number(name).orElseThrow();
                Matcher year = WRITTEN_YEAR.matcher(sentence).region(dayFirst.end(), sentence.length());
                YearMonth month = year.lookingAt()
                        ? YearMonth.of(Integer.parseInt(year.group(1)), number)
                        : mostRecent(number, now);
                windows.add(new Found(s, dayFirst.end(), window(month, dayFirst.group())));
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
                // "The first 15 days of December", "the second half of October": the window lies in the month named.
                Matcher named = OF_MONTH.matcher(sentence.substring(other.end()));
                YearMonth month = named.find()
                        ? mostRecent(MonthNames.number(named.group(1)).orElseThrow(), now)
                        : YearMonth.from(published.minusDays(
                                other.group().toLowerCase(java.util.Locale.ROOT).contains("week") ? 7 : 1));
                windows.add(new Found(s, other.end(), window(month, other.group())));
            }
        }
        return windows;
    }

    private static PeriodMention window(YearMonth month, String words) {
        return new PeriodMention(
                List.of(Period.month(month)),
                Optional.empty(),
                false,
                true,
                Optional.of("a window shorter than a month (\"%s\")".formatted(words.strip())),
                words);
    }

    private static boolean reported(String sentence, int at) {
        return REPORTING.matcher(sentence.substring(Math.max(0, at - 40), at)).find();
    }

    /** The first full months in office: a term's months from the first whole one (February after a January inauguration). */
    private static PeriodMention firstMonthsInOffice(Matcher m, YearMonth now) {
        boolean monthsFirst = m.group(2) != null;
        String who = (monthsFirst ? m.group(2) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
        String count = monthsFirst ? m.group(1) : m.group(4);
        int months = count == null ? 1 : SpelledNumbers.count(count);
        String words = m.group().toLowerCase(java.util.Locale.ROOT);
        boolean secondTerm = who.equals("trump")
                && (words.contains("second")
                        || words.contains("again")
                        || words.contains("returned")
                        || now.isAfter(YearMonth.of(2025, 1)) && !words.contains("first term"));
        YearMonth first = switch (who) {
            case "obama" -> YearMonth.of(2009, 2);
            case "biden" -> YearMonth.of(2021, 2);
            default -> secondTerm ? YearMonth.of(2025, 2) : YearMonth.of(2017, 2);
        };
        YearMonth last = first.plusMonths(Math.max(1, Math.min(months, 48)) - 1);
        return mention(List.of(Period.months(first, last)), m.group());
    }

    /** A presidency as a span of whole months: from the first full month in office to the last, "since" running to date. */
    private static PeriodMention presidency(Matcher m, YearMonth now, boolean past) {
        String who = firstNonNull(m, 2, 4, 6, 8).toLowerCase(java.util.Locale.ROOT);
        String words = m.group().toLowerCase(java.util.Locale.ROOT);
        boolean second = words.contains("second")
                || who.equals("trump")
                        && now.isAfter(YearMonth.of(2025, 1))
                        && !words.contains("first")
                        && !words.contains("four years");
        YearMonth first;
        YearMonth last;
        switch (who) {
            case "obama" -> {
                first = YearMonth.of(2009, 2);
                last = YearMonth.of(2017, 1);
            }
            case "biden" -> {
                first = YearMonth.of(2021, 2);
                last = YearMonth.of(2025, 1);
            }
            default -> {
                first = second ? YearMonth.of(2025, 2) : YearMonth.of(2017, 2);
                last = second ? now : YearMonth.of(2021, 1);
            }
        }
        boolean toDate = !last.isBefore(now);
        // An article dated before the term began (a dateline error, a forecast) still gets a valid span: its first
        // month.
        YearMonth end = last.isAfter(now) ? (now.isBefore(first) ? first : now) : last;
        // "During the Trump administration" written in 2025 may still mean the first: the record can tell.
        boolean termUnnamed =
                second && past && !words.startsWith("since") && !words.contains("second") && !words.contains("again");
        Optional<Period> firstTerm = termUnnamed
                ? Optional.of(Period.months(YearMonth.of(2017, 2), YearMonth.of(2021, 1)))
                : Optional.empty();
        return new PeriodMention(
                List.of(Period.months(first, end)),
                Optional.empty(),
                toDate,
                true,
                Optional.empty(),
                m.group(),
                firstTerm);
    }

    private static PeriodMention mention(List<Period> periods, String words) {
        return new PeriodMention(periods, Optional.empty(), false, true, Optional.empty(), words);
    }

    /**
     * "So far this year": border figures are kept by fiscal year, so the fiscal year to date is the
     * likelier reading and the calendar year to date the other; "this calendar year" is only that.
     */
    private static PeriodMention thisYear(String words, YearMonth now) {
        Period calendar = Period.months(YearMonth.of(now.getYear(), 1), now);
        boolean named = words.toLowerCase(java.util.Locale.ROOT).contains("calendar");
        return new PeriodMention(
                List.of(named ? calendar : Period.fiscalYearToDate(Period.fiscalYearOf(now), now)),
                named ? Optional.empty() : Optional.of(calendar),
                true,
                true,
                Optional.empty(),
                words);
    }

    /** "In 2023" alone: the fiscal year is recorded and the calendar year kept as the alternative. */
    private static PeriodMention yearOpen(int year, String words) {
        return new PeriodMention(
                List.of(Period.fiscalYear(year)),
                Optional.of(Period.calendarYear(year)),
                false,
                true,
                Optional.empty(),
                words);
    }

    private static PeriodMention monthRange(Matcher m, YearMonth now) {
        int firstMonth = MonthNames.number(m.group().replaceFirst("(?i)^(?:between|from)\\s+", ""))
                .orElseThrow();
        String secondName = m.group().replaceFirst("(?is).*\\s(?:and|to|through|until|till|in)\\s+", "");
        int lastMonth = MonthNames.number(secondName).orElseThrow();
        YearMonth last =
                m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), lastMonth) : mostRecent(lastMonth, now);
        YearMonth first = m.group(1) != null
                ? YearMonth.of(Integer.parseInt(m.group(1)), firstMonth)
                : YearMonth.of(firstMonth <= lastMonth ? last.getYear() : last.getYear() - 1, firstMonth);
        // "between October 2022 and September this year" read before that September: the September after October.
        while (last.isBefore(first)) {
            last = last.plusYears(1);
        }
        return mention(List.of(Period.months(first, last)), m.group());
    }

    private static PeriodMention monthSpan(Matcher m, YearMonth now) {
        int firstMonth = MonthNames.number(m.group(1)).orElseThrow();
        int lastMonth = MonthNames.number(m.group(3)).orElseThrow();
        YearMonth last =
                m.group(4) != null ? YearMonth.of(Integer.parseInt(m.group(4)), lastMonth) : mostRecent(lastMonth, now);
        YearMonth first = m.group(2) != null
                ? YearMonth.of(Integer.parseInt(m.group(2)), firstMonth)
                : YearMonth.of(firstMonth <= lastMonth ? last.getYear() : last.getYear() - 1, firstMonth);
        if (!first.isBefore(last)) {
            throw new java.time.DateTimeException("not a span: " + m.group());
        }
        return mention(List.of(Period.months(first, last)), m.group());
    }

    /** The month a sentence counts through ("as of June 30", "by the end of March 2019"), when it names its last day. */
    private static Optional<YearMonth> monthEnd(String sentence, YearMonth now) {
        Matcher end = END_OF_MONTH.matcher(sentence);
        if (end.find()) {
            int month = MonthNames.number(end.group(1)).orElseThrow();
            return Optional.of(
                    end.group(2) != null
                            ? YearMonth.of(Integer.parseInt(end.group(2)), month)
                            : mostRecent(month, now));
        }
        Matcher m = MONTH_END.matcher(sentence);
        while (m.find()) {
            YearMonth month = m.group(3) != null
                    ? YearMonth.of(
                            Integer.parseInt(m.group(3)),
                            MonthNames.number(m.group(1)).orElseThrow())
                    : mostRecent(MonthNames.number(m.group(1)).orElseThrow(), now);
            if (Integer.parseInt(m.group(2)) == month.lengthOfMonth()) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** A range of dates: whole months when it runs from a first to a last day, else a window no monthly figure answers. */
    private static PeriodMention dateRange(
            String firstMonthName,
            String firstDayDigits,
            String firstYearDigits,
            String lastMonthName,
            String lastDayDigits,
            String lastYearDigits,
            String words) {
        int lastYear = Integer.parseInt(lastYearDigits);
        int firstMonth = MonthNames.number(firstMonthName).orElseThrow();
        int lastMonth = MonthNames.number(lastMonthName).orElseThrow();
        int firstYear = firstYearDigits != null
                ? Integer.parseInt(firstYearDigits)
                : firstMonth <= lastMonth ? lastYear : lastYear - 1;
        YearMonth first = YearMonth.of(firstYear, firstMonth);
        YearMonth last = YearMonth.of(lastYear, lastMonth);
        int firstDay = Integer.parseInt(firstDayDigits);
        int lastDay = Integer.parseInt(lastDayDigits);
        if (last.isBefore(first)) {
            return mention(List.of(Period.month(last)), words);
        }
        if (firstDay != 1 || lastDay != last.lengthOfMonth()) {
            return new PeriodMention(
                    List.of(Period.months(first, last)),
                    Optional.empty(),
                    false,
                    true,
                    Optional.of("a window that starts or ends inside a month (\"%s\")".formatted(words.strip())),
                    words);
        }
        return mention(List.of(named(first, last)), words);
    }

    /** "The last four months" read in January 2023: September to December 2022. */
    private static PeriodMention lastMonths(Matcher m, YearMonth now) {
        String count = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int months = SpelledNumbers.count(count);
        if (months < 2 || months > 36) {
            throw dev.frontera.core.FronteraException.invalid("%d months is no run of months a claim reads", months);
        }
        return mention(List.of(named(now.minusMonths(months), now.minusMonths(1))), m.group());
    }

    /** "October and November 2024" as one total: two months in a row, in the order written. */
    private static PeriodMention monthPair(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        YearMonth first = YearMonth.of(year, MonthNames.number(m.group(1)).orElseThrow());
        YearMonth last = YearMonth.of(year, MonthNames.number(m.group(2)).orElseThrow());
        if (!first.plusMonths(1).equals(last)) {
            throw dev.frontera.core.FronteraException.invalid("%s and %s are not two months in a row", first, last);
        }
        return mention(List.of(Period.months(first, last)), m.group());
    }

    /** "The 12 months through June 2024": so many whole months, the last of them the one named. */
    private static PeriodMention monthsThrough(Matcher m, YearMonth now) {
        String count = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int months = count.equals("year") ? 12 : SpelledNumbers.count(count);
        if (months < 2 || months > 36) {
            throw dev.frontera.core.FronteraException.invalid("%d months is no run of months a claim reads", months);
        }
        int month = MonthNames.number(m.group(2)).orElseThrow();
        // "The 12 months through June": the latest June.
        YearMonth last =
                m.group(3) == null ? mostRecent(month, now) : YearMonth.of(Integer.parseInt(m.group(3)), month);
        return mention(List.of(named(last.minusMonths(months - 1), last)), m.group());
    }

    /** "The first eight months of fiscal year 2019": from the year's first month, so many months on. */
    private static PeriodMention firstMonths(Matcher m, YearMonth now) {
        String count = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int months = SpelledNumbers.count(count);
        if (m.group(5) != null) {
            // "The first nine months of 2023": a bare year, so the fiscal year's first months and, as the other
            // reading, the calendar year's, as for "in 2023" alone.
            int year = Integer.parseInt(m.group(5));
            if (months < 1 || months > 12) {
                return yearOpen(year, m.group());
            }
            return new PeriodMention(
                    List.of(firstMonthsOf(year, months, true)),
                    Optional.of(firstMonthsOf(year, months, false)),
                    false,
                    true,
                    Optional.empty(),
                    m.group());
        }
        String relative = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean fiscal = !m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("year")
                && !m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("calendar");
        int year;
        if (m.group(4) != null) {
            year = fiscalYear(m.group(4));
        } else {
            int current = fiscal ? Period.fiscalYearOf(now) : now.getYear();
            year = relative.equals("last") || relative.equals("previous") ? current - 1 : current;
        }
        if (months < 1 || months > 12) {
            return mention(List.of(fiscal ? Period.fiscalYear(year) : Period.calendarYear(year)), m.group());
        }
        return mention(List.of(firstMonthsOf(year, months, fiscal)), m.group());
    }

    /**
     * A quarter, a half or the last months of a year. A fiscal year's are counted from October; a
     * bare year reads as the fiscal year's part and, as the other reading, the calendar year's, as
     * "in 2023" alone does.
     */
    private static PeriodMention partOfYear(Matcher m) {
        int months;
        int from; // months before the part, from the year's start
        if (m.group("count") == null) {
            int parts = m.group("q") == null && m.group("part").equalsIgnoreCase("half") ? 2 : 4;
            // "Last" and "final" read as no count: the last part.
            int place = SpelledNumbers.count(m.group("q") != null ? m.group("q") : m.group("which"));
            int index = place == 0 ? parts : place;
            if (index > parts) {
                throw new java.time.DateTimeException("no such part of a year: " + m.group());
            }
            months = 12 / parts;
            from = (index - 1) * months;
        } else {
            months = SpelledNumbers.count(m.group("count"));
            if (months < 1 || months > 12) {
                throw new java.time.DateTimeException("no such part of a year: " + m.group());
            }
            from = 12 - months;
        }
        if (m.group("through") != null) {
            months += from;
            from = 0;
        }
        String kind = m.group("kind") == null ? "" : m.group("kind").toLowerCase(java.util.Locale.ROOT);
        int year = fiscalYear(m.group("year"));
        boolean calendarNamed = kind.startsWith("calendar") || kind.startsWith("year");
        boolean fiscalNamed = !kind.isEmpty() && !calendarNamed;
        Period calendar = partOf(year, from, months, false);
        // "The first half of 2024", "the last three months of 2024": halves and runs of months of a year named bare
        // are the calendar's in news copy; only quarters ("the second quarter 2007") are often the fiscal year's.
        boolean quarter = m.group("q") != null
                || m.group("part") != null && m.group("part").equalsIgnoreCase("quarter");
        if (calendarNamed || !fiscalNamed && !quarter) {
            return mention(List.of(calendar), m.group());
        }
        return new PeriodMention(
                List.of(partOf(year, from, months, true)),
                fiscalNamed ? Optional.empty() : Optional.of(calendar),
                false,
                true,
                Optional.empty(),
                m.group());
    }

    /** {@code months} months of a fiscal or calendar year, {@code from} months after its start. */
    private static Period partOf(int year, int from, int months, boolean fiscal) {
        if (from == 0) {
            return firstMonthsOf(year, months, fiscal);
        }
        YearMonth first = (fiscal ? YearMonth.of(year - 1, 10) : YearMonth.of(year, 1)).plusMonths(from);
        return named(first, first.plusMonths(months - 1));
    }

    /** The first 1 to 12 months of a fiscal or calendar year; all twelve are the year itself. */
    private static Period firstMonthsOf(int year, int months, boolean fiscal) {
        YearMonth first = fiscal ? YearMonth.of(year - 1, 10) : YearMonth.of(year, 1);
        YearMonth last = first.plusMonths(months - 1);
        if (months == 12) {
            return named(first, last);
        }
        return fiscal ? Period.fiscalYearToDate(year, last) : Period.months(first, last);
    }

    /** Twelve months from October are a fiscal year, from January a calendar year; any other run is just months. */
    private static Period named(YearMonth first, YearMonth last) {
        if (first.plusMonths(11).equals(last) && first.getMonthValue() == 10) {
            return Period.fiscalYear(last.getYear());
        }
        if (first.plusMonths(11).equals(last) && first.getMonthValue() == 1) {
            return Period.calendarYear(first.getYear());
        }
        return Period.months(first, last);
    }

    /** The most recent such month up to the publication month: "in November" read in December 2023 is 2023-11. */
    static YearMonth mostRecent(int month, YearMonth now) {
        return month <= now.getMonthValue()
                ? YearMonth.of(now.getYear(), month)
                : YearMonth.of(now.getYear() - 1, month);
    }

    /** The fiscal years a list names, in its order ("FY22, FY23" or "2022 and 2023"). */
    private static List<Period> listedYears(String words) {
        return LISTED_YEAR
                .matcher(words)
                .results()
                .map(r -> Period.fiscalYear(fiscalYear(r.group())))
                .toList();
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

    private static void add(
            List<Found> found, Pattern pattern, String sentence, Function<Matcher, PeriodMention> read) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            boolean inside = found.stream().anyMatch(f -> start < f.end && f.start < end);
            if (!inside) {
                try {
                    found.add(new Found(start, end, read.apply(matcher)));
                } catch (dev.frontera.core.FronteraException | java.time.DateTimeException e) {
                    // Words that look like a period but name none ("from May 31 to February 30") are no period: skip
                    // them.
                }
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

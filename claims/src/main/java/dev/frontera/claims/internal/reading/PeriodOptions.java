package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ClauseGroups;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.PeriodMention;
import dev.frontera.claims.internal.extract.PeriodRule;
import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.extract.Rate;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.core.period.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a figure may be about: every period its sentence writes, nearest first (one across
 * another figure counts as far; one after "from" or "than" past a level is a base, not its own);
 * only when none is written, those of the sentence before (or, when it lends none, of the last
 * sentence that does) and of the headline, and the month before publication or the month in progress. A bare year is
 * the fiscal year or, less likely, the calendar year; a stated fiscal or calendar year has the
 * other kind as a contrasting reading; a period still running at publication ends at the last
 * month published by then. A day or a week is a window no monthly figure answers.
 */
final class PeriodOptions {
    private static final Pattern PRESENT = Pattern.compile(
            "(?i)\\b(?:is|are|am|has|have|now|currently|today|continues?|remains?|coincides?|comes?)\\b");
    private static final Pattern NAMES_FISCAL = Pattern.compile("(?i)\\bfiscal\\b|\\bFY");
    private static final Pattern NAMES_CALENDAR = Pattern.compile("(?i)\\bcalendar\\b|\\bCY");
    private static final int CONTEXT_PERIODS = 2;
    // "During this period", "in that time": the period of the sentence before, whatever its length.
    private static final Pattern THAT_PERIOD =
            Pattern.compile("(?i)\\b(?:this|that|the same) (?:period|time ?frame|span|stretch)\\b|\\bin that time\\b");
    private static final Pattern WHEN = Pattern.compile("(?i)^\\s*,?\\s*when\\b[^,;]*$");
    // "Down from nearly 250,000 in December 2023, the highest monthly total on record": said of the base itself.
    private static final Pattern APPOSITION =
            Pattern.compile("(?i)^\\s*,\\s*(?:(?:which|that) was\\s+)?(?:the|a|an)?\\s*$");
    // "Dropped 81% from January to February, to 11,710": the level reached, the range's last month.
    private static final Pattern LEVEL_REACHED =
            Pattern.compile("(?i)^\\s*,?\\s*(?:to|at)\\s+(?:about\\s+|just\\s+|nearly\\s+|roughly\\s+)?$");

    private static final Pattern WEEK = Pattern.compile("(?i)\\bweek(?:ly)?\\b");

    private PeriodOptions() {}

    /** The options; {@code pinned} replaces a mention of several periods ("both fiscal years 2022 and 2023") by one of them. */
    static List<Option<Period>> of(ExtractedClaim claim, ClaimContext context, Optional<Period> pinned) {
        SentenceMentions mentions = claim.mentions();
        int from = claim.anchorStart();
        int to = claim.anchorEnd();
        List<PeriodRule.Located> own = new ArrayList<>();
        List<Option<Period>> options = new ArrayList<>();
        for (PeriodRule.Located located : mentions.periods()) {
            if (claim.baseMentions().contains(located.start())) {
                // "From June to July" names the base and the period claimed at once.
                if (located.mention().isRange() && claim.since().isEmpty()) {
                    options.add(Option.of(located.mention().rangeEnd()));
                } else if (located.mention().sinceMonth() && claim.since().isEmpty()) {
                    // "Fallen 64 percent since May 2019": to the last month published.
                    options.add(Option.of(Period.month(context.lastPublished())));
                }
                continue;
            }
            if (claim.rate() == Rate.PER_WEEK
                    && WEEK.matcher(located.mention().words()).find()) {
                continue; // "40,000 a week" is the unit of a rate, not a week's window
            }
            // "CBP recorded 30,375 encounters, roughly flat from October": October is a base; "up from October's
            // 188,780" names the base's own figure.
            if (isLevel(claim)
                    && located.start() >= to
                    && !located.mention().isRange()
                    && afterBaseWord(mentions.text(), located.start())) {
                continue;
            }
            // "An increase of 37.5% from July but still 89% below August 2024": a base written after another figure
            // is that figure's.
            if (located.start() >= to
                    && afterBaseWord(mentions.text(), located.start())
                    && mentions.figureBetween(to, located.start())) {
                continue;
            }
            // "Up 11% from March and nearly 50% more than in April 2023": March is the first change's base, so it
            // is not the period of a change after it (a count after it may be the base's own: "(99,539 to 132,652)").
            // Nor of a claim with no number ("down about 94 percent from March 2024, and fell for the third straight
            // month"), unless it is told of the base itself ("than in fiscal 2011, when apprehensions were at their
            // lowest since 1971").
            if ((isChange(claim) || claim.quantity().isEmpty())
                    && located.end() <= from
                    && (afterBaseWord(mentions.text(), located.start())
                            || afterBaseFigure(mentions.text(), located.start()))
                    && mentions.figureBetween(0, located.start())
                    && !between(WHEN, mentions.text(), located.end(), from)
                    && !(claim.quantity().isEmpty() && between(APPOSITION, mentions.text(), located.end(), from))) {
                continue;
            }
            own.add(located);
        }
        dropOthersOwn(claim, own);
        own.sort(Comparator.comparingInt((PeriodRule.Located l) -> across(mentions, l, from, to) ? 1 : 0)
                .thenComparingInt(l -> l.distanceTo(from, to)));
        boolean rangeWritten = options.stream().anyMatch(o -> o.unanswerable().isEmpty());
        int rank = options.isEmpty() ? 0 : 1;
        for (PeriodRule.Located located : own) {
            List<Feature> features = new ArrayList<>();
            if (rank == 1) {
                features.add(Feature.PERIOD_SECOND);
            } else if (rank > 1) {
                features.add(Feature.PERIOD_FARTHER);
            }
            if (across(mentions, located, from, to)) {
                features.add(Feature.PERIOD_ACROSS_FIGURE);
            }
            if (located.mention().toDate() && between(WHEN, mentions.text(), located.end(), from)) {
                // "The lowest since July, when agents reported 39,215": the figure is July's own.
                Period since = located.mention().periods().get(0);
                options.add(Option.of(Period.month(since.first()), features.toArray(Feature[]::new)));
            } else if (located.mention().isRange()
                    && (between(WHEN, mentions.text(), located.end(), from)
                            || between(LEVEL_REACHED, mentions.text(), located.end(), from))) {
                // "Dropped 81% from January to February 2025, when they fell to 11,710": the range's last month.
                options.add(Option.of(located.mention().rangeEnd(), features.toArray(Feature[]::new)));
            }
            if (located.mention().isRange() && isLevel(claim)) {
                // "Rose from 99,538 to 132,652 from June to July 2023": the first count is the range's first
                // period's, the second its last's.
                Quantity quantity = claim.quantity().orElseThrow();
                String text = mentions.text();
                if (FROM_FIGURE.matcher(text).region(0, quantity.start()).find()
                        && TO_FIGURE
                                .matcher(text)
                                .region(quantity.end(), text.length())
                                .lookingAt()) {
                    options.add(Option.of(located.mention().base(), features.toArray(Feature[]::new)));
                } else if (FROM_FIGURE_TO
                        .matcher(text)
                        .region(0, quantity.start())
                        .find()) {
                    options.add(Option.of(located.mention().rangeEnd(), features.toArray(Feature[]::new)));
                }
            }
            expand(located.mention(), features, context, rank == 0 ? pinned : Optional.empty(), options);
            rank++;
        }
        // A period written only across another figure ("nearly 19,000 ... double the number from February")
        // is likely that figure's: the context's periods compete with it.
        boolean written = own.stream()
                        .anyMatch(l -> l.mention().stated()
                                && l.mention().partial().isEmpty()
                                && !across(mentions, l, from, to))
                || rangeWritten;
        if (!written) {
            // Only a sentence that writes no period of its own takes one from the sentence before or the headline.
            boolean pointsBack = THAT_PERIOD.matcher(mentions.text()).find();
            int before = options.size();
            if (!borrowed(context.previous(), Feature.PERIOD_PREVIOUS_SENTENCE, pointsBack, context, options)) {
                // The sentence before took its period from further back: so does this one.
                borrowed(context.earlier(), Feature.PERIOD_PREVIOUS_SENTENCE, pointsBack, context, options);
            }
            yearsBack(claim, mentions.text(), from, to, options, before);
            borrowed(context.headline(), Feature.PERIOD_HEADLINE, pointsBack, context, options);
            YearMonth now = YearMonth.from(context.published());
            // A rank, a comparison or a run is made from published figures, so the month before publication is
            // likeliest.
            boolean fromPublished = claim.qualifier() == Qualifier.RANK
                    || claim.qualifier() == Qualifier.COMPARISON
                    || claim.qualifier() == Qualifier.RUN;
            boolean current = !fromPublished
                    && (claim.rate() != Rate.NONE
                            || claim.quantity().isEmpty()
                            || PRESENT.matcher(mentions.text()).find());
            Feature assumed = current ? Feature.PERIOD_NOW : Feature.PERIOD_ASSUMED;
            options.add(Option.of(Period.month(current ? now : now.minusMonths(1)), assumed));
            options.add(Option.of(Period.month(current ? now.minusMonths(1) : now), assumed, assumed));
            // Agencies and reporters keep running totals by fiscal year: the year so far, as published by then.
            // Not for a rate, nor a rank or comparison, which a one-in-a-few chance could fit in any extra period.
            // Nor beside a day or a week written for the figure ("7,500 on Sunday alone").
            boolean window =
                    own.stream().anyMatch(l -> l.mention().partial().isPresent() && !across(mentions, l, from, to));
            if (!fromPublished && claim.rate() == Rate.NONE && !window) {
                ends(
                        context,
                        List.of(assumed, Feature.PERIOD_FISCAL_YEAR_SO_FAR),
                        (last, features) -> options.add(Option.of(
                                toDate(Period.fiscalYear(Period.fiscalYearOf(last)), last),
                                features.toArray(Feature[]::new))));
            }
            // A report early in a fiscal year is often about the year just ended; so is "about 850,000 a year".
            if (!fromPublished && (claim.rate() == Rate.NONE || claim.rate() == Rate.PER_YEAR) && !window) {
                YearMonth last = context.lastPublished();
                int whole = Period.fiscalYearOf(last) - (last.getMonthValue() == 9 ? 0 : 1);
                options.add(Option.of(Period.fiscalYear(whole), assumed, Feature.PERIOD_LAST_FISCAL_YEAR));
            }
        }
        if (claim.rate() == Rate.PER_YEAR) {
            // An average a year is over several years: of a single year, "a year" is just its total.
            List<Option<Period>> years =
                    options.stream().filter(o -> o.value().length() >= 24).toList();
            return distinct(years.isEmpty() ? options : new ArrayList<>(years));
        }
        return distinct(options);
    }

    /**
     * "That compared with 222,018 a year earlier", "against about 17 percent the year before, when
     * officers logged 429,831": a count or share next to "a year earlier" (or "two years before",
     * "the year before") in a sentence that writes no period is that many years before the period it
     * borrows, as well as the borrowed period itself.
     */
    private static void yearsBack(
            ExtractedClaim claim,
            String text,
            int figureStart,
            int figureEnd,
            List<Option<Period>> options,
            int borrowedFrom) {
        if (!(isLevel(claim) || isShare(claim)) || claim.rate() != Rate.NONE) {
            return;
        }
        // The words' pattern wants a space before them: one is put before the sentence, so positions are one on.
        String spaced = " " + text;
        Matcher back = YEARS_BACK.matcher(spaced).region(figureEnd + 1, spaced.length());
        if (!back.lookingAt()) {
            // "The year before, when officers logged 429,831": the words before the figure, a when-clause between;
            // "The year before, more than 70 percent ...": the words open the sentence.
            Matcher earlier = YEARS_BACK.matcher(spaced).region(0, figureStart + 1);
            int at = -1;
            while (earlier.find()) {
                String between = spaced.substring(earlier.end(), figureStart + 1);
                boolean opens = earlier.start() == 0 && between.startsWith(",");
                at = opens || WHEN.matcher(between).matches() ? earlier.start() : -1;
            }
            if (at < 0 || !back.region(at, figureStart + 1).lookingAt()) {
                return;
            }
        }
        int years = back.group("count") == null ? 1 : PeriodRule.yearsBack(back);
        // The period borrowed as it is stays a reading, after the one the words count back to.
        List<Option<Period>> borrowed = List.copyOf(options.subList(borrowedFrom, options.size()));
        for (int i = 0; i < borrowed.size(); i++) {
            Option<Period> option = borrowed.get(i);
            options.set(borrowedFrom + i, option.plus(Feature.PERIOD_SECOND));
            options.add(new Option<>(option.value().yearsBefore(years), option.features(), option.unanswerable()));
        }
    }

    // The two counts of "from 99,538 to 132,652", each perhaps hedged ("from about ... to nearly ...").
    private static final String HEDGE = "(?:about\\s+|roughly\\s+|nearly\\s+|around\\s+|more than\\s+)?";
    private static final Pattern FROM_FIGURE = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE + "$");
    private static final Pattern TO_FIGURE = Pattern.compile("(?i)\\s+to\\s+" + HEDGE + "\\d");
    private static final Pattern FROM_FIGURE_TO = Pattern.compile(
            "(?i)\\bfrom\\s+" + HEDGE + "\\d[\\d,.]*(?:\\s+(?:million|thousand))?\\s+to\\s+" + HEDGE + "$");
    private static final Pattern YEARS_BACK = Pattern.compile("(?i)\\s+(?:" + PeriodRule.YEARS_BACK
            + "|the\\s+(?:year\\s+(?:before|prior)|(?:previous|prior|preceding)\\s+(?:fiscal\\s+)?year))"
            + "\\b(?!\\s+(?:the|a|an|that|this|its|their)\\b)");

    /** A count the words set against nothing: no change, difference, multiple or comparison of its own. */
    private static boolean isLevel(ExtractedClaim claim) {
        return claim.quantity().isPresent()
                && claim.quantity().get().form() == Quantity.Form.COUNT
                && claim.qualifier() != Qualifier.CHANGE
                && claim.qualifier() != Qualifier.COMPARISON
                && !claim.change().difference();
    }

    /** A share with no change of its own: "about 17 percent" of a whole. */
    private static boolean isShare(ExtractedClaim claim) {
        return claim.quantity().isPresent()
                && (claim.quantity().get().form() == Quantity.Form.PERCENT
                        || claim.quantity().get().form() == Quantity.Form.SHARE)
                && claim.qualifier() != Qualifier.CHANGE
                && claim.qualifier() != Qualifier.COMPARISON
                && claim.change().bases().isEmpty();
    }

    /** A figure set against a base of its own: a change, a difference or a multiple ("twice as many as in June"). */
    private static boolean isChange(ExtractedClaim claim) {
        return claim.qualifier() == Qualifier.CHANGE
                || claim.change().difference()
                || claim.quantity()
                        .filter(q -> q.form() == Quantity.Form.MULTIPLE)
                        .isPresent();
    }

    /** "Down from 61,465 in January": a period after the base's own figure is the base's too. */
    private static boolean afterBaseFigure(String text, int start) {
        return BASE_FIGURE_BEFORE
                .matcher(text.substring(Math.max(0, start - 60), start))
                .find();
    }

    private static final Pattern BASE_FIGURE_BEFORE =
            Pattern.compile("(?i)\\b(?:from|than|compared (?:to|with)|versus)\\s+"
                    + "(?:(?:about|nearly|almost|roughly|some|more than|over|just)\\s+)?[\\d][\\d,.]*(?:\\s+(?:million|thousand))?"
                    + "\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:in|during|for)\\s+(?:the\\s+)?)?$");

    private static boolean afterBaseWord(String text, int start) {
        return BASE_BEFORE
                .matcher(text.substring(Math.max(0, start - 30), start))
                .find();
    }

    /**
     * Whether the words from the period's end to the figure are {@code words}: a "when" clause ("since
     * July, when ...") or the level a change over a range reached (", to 11,710").
     */
    private static boolean between(Pattern words, String text, int periodEnd, int figureStart) {
        return periodEnd <= figureStart
                && words.matcher(text.substring(periodEnd, figureStart)).find();
    }

    private static boolean across(SentenceMentions mentions, PeriodRule.Located located, int from, int to) {
        String text = mentions.text();
        if (located.end() <= from
                && OPENS_SENTENCE.matcher(text).region(0, located.start()).matches()
                && (text.startsWith(",", located.end())
                        || text.startsWith("'s", located.end())
                        || text.startsWith("’s", located.end()))) {
            // "In Sept. 2023, agents apprehended 218,763 ..., about 5% more than ...", "Fiscal 2021's total of 1.73
            // million was nearly four times ...": every figure's.
            return false;
        }
        return located.end() <= from
                ? mentions.figureBetween(located.end(), from)
                : located.start() >= to && mentions.figureBetween(to, located.start());
    }

    /** The words that may stand before a period that opens its sentence and scopes all of it. */
    private static final Pattern OPENS_SENTENCE =
            Pattern.compile("(?i)\\W*(?:(?:in|during|for|through|by|over|as of)\\s+)?(?:the\\s+)?");

    /**
     * "From", "than", "compared with" just before a period: what follows is a base. Unlike the extractor's
     * pattern (PeriodRule), no figure may stand between: in "down 3.8% from 207,933 in June" June is the
     * base of the change but the period of the 207,933.
     */
    private static final Pattern BASE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:from|than|compared (?:to|with)|versus|vs\\.?|against|above|below)|(?:%|percent|per cent)\\s+on)"
                    + "\\s+(?:(?:in|the|during)\\s+)?$");

    /** Whether the sentence had a period to lend. */
    private static boolean borrowed(
            Optional<SentenceMentions> sentence,
            Feature feature,
            boolean windows,
            ClaimContext context,
            List<Option<Period>> options) {
        List<PeriodRule.Located> lent = sentence.map(s -> lent(s, windows)).orElse(List.of());
        lent.forEach(located -> expand(located.mention(), List.of(feature), context, Optional.empty(), options));
        return !lent.isEmpty();
    }

    /**
     * "Rose 27% in August 2023 and another 16% in September": a figure with a period of its own after
     * it does not take the period another figure has after it.
     */
    private static void dropOthersOwn(ExtractedClaim claim, List<PeriodRule.Located> own) {
        SentenceMentions mentions = claim.mentions();
        if (claim.quantity().isEmpty() || mentions.quantities().size() < 2) {
            return;
        }
        // Figures only: a year or a day inside a period is part of it.
        List<Quantity> figures = mentions.quantities().stream()
                .filter(q -> !ClauseGroups.isYear(q)
                        && mentions.periods().stream().noneMatch(l -> l.start() <= q.start() && q.end() <= l.end()))
                .toList();
        if (figures.size() < 2 || !figures.contains(claim.quantity().get())) {
            return;
        }
        ClauseGroups clauses = new ClauseGroups(mentions.text(), mentions.groups(), figures);
        ClauseGroups.Sides mine = clauses.sides(claim.quantity().get());
        if (own.stream().noneMatch(l -> mine.after(l.start(), l.end()))) {
            return;
        }
        List<ClauseGroups.Sides> others = figures.stream()
                .filter(q -> !q.equals(claim.quantity().get()))
                .map(clauses::sides)
                .toList();
        own.removeIf(l ->
                !mine.after(l.start(), l.end()) && others.stream().anyMatch(side -> side.after(l.start(), l.end())));
    }

    /** The periods a sentence lends to the next; "Apprehensions jumped 34% from April.": April is a base, not lent. */
    static List<PeriodRule.Located> lent(SentenceMentions sentence, boolean windows) {
        return sentence.periods().stream()
                .filter(p -> p.mention().stated()
                        && (windows || p.mention().partial().isEmpty())
                        && !afterBaseWord(sentence.text(), p.start()))
                .limit(CONTEXT_PERIODS)
                .toList();
    }

    private static void expand(
            PeriodMention mention,
            List<Feature> features,
            ClaimContext context,
            Optional<Period> pinned,
            List<Option<Period>> options) {
        if (mention.partial().isPresent()) {
            Option<Period> window = Option.of(mention.periods().get(0), features.toArray(Feature[]::new));
            options.add(new Option<>(window.value(), window.features(), mention.partial()));
            return;
        }
        List<Period> periods =
                pinned.filter(mention.periods()::contains).map(List::of).orElse(mention.periods());
        for (Period written : periods) {
            written(mention, written, features, context, options);
            mention.firstTerm().ifPresent(term -> {
                List<Feature> first = new ArrayList<>(features);
                first.add(Feature.PERIOD_FIRST_TERM);
                add(options, term, first, context);
            });
            Optional<Period> calendarYear = mention.calendarReading(written);
            if (calendarYear.isPresent()) {
                List<Feature> calendar = new ArrayList<>(features);
                calendar.add(Feature.PERIOD_CALENDAR_FOR_BARE_YEAR);
                written(mention, calendarYear.get(), calendar, context, options);
            } else if (mention.toDate()) {
                continue;
            } else if (written.kind() == Period.Kind.FISCAL_YEAR
                    && NAMES_FISCAL.matcher(mention.words()).find()) {
                add(options, Period.calendarYear(written.last().getYear()), confused(features), context);
            } else if (written.kind() == Period.Kind.CALENDAR_YEAR
                    && NAMES_CALENDAR.matcher(mention.words()).find()) {
                add(options, Period.fiscalYear(written.first().getYear()), confused(features), context);
            }
        }
    }

    /** A written period; one the words run to the article's date ends at the last month published by then. */
    private static void written(
            PeriodMention mention,
            Period written,
            List<Feature> features,
            ClaimContext context,
            List<Option<Period>> options) {
        if (!mention.toDate()) {
            add(options, written, features, context);
            return;
        }
        int behind = mention.monthsBehind();
        ends(context, features, (last, ending) -> {
            Period period = toDate(written, last.minusMonths(behind));
            if (period.last().plusMonths(behind).isBefore(YearMonth.from(context.published()))) {
                List<Feature> toArticle = new ArrayList<>(ending);
                toArticle.add(Feature.PERIOD_TO_ARTICLE_DATE);
                add(options, period, toArticle, context);
            } else {
                add(options, period, ending, context);
            }
        });
    }

    /**
     * Runs {@code action} with the last month published by the article's date, and again with the
     * month the schedule may have published early, marked as such.
     */
    private static void ends(
            ClaimContext context, List<Feature> features, BiConsumer<YearMonth, List<Feature>> action) {
        action.accept(context.lastPublished(), features);
        context.perhapsPublished().ifPresent(early -> {
            List<Feature> marked = new ArrayList<>(features);
            marked.add(Feature.PERIOD_PUBLISHED_EARLY);
            action.accept(early, marked);
        });
    }

    private static List<Feature> confused(List<Feature> features) {
        List<Feature> with = new ArrayList<>(features);
        with.add(Feature.CONFUSED_SCOPE);
        return with;
    }

    /**
     * Adds a period, and when it had not ended by publication, the part of it published by then as
     * the likelier reading. When the schedule may have published the month before the article, a
     * period ending there is whole if it was out (marked as published early), not beyond publication.
     */
    private static void add(List<Option<Period>> options, Period period, List<Feature> features, ClaimContext context) {
        boolean early = features.contains(Feature.PERIOD_PUBLISHED_EARLY);
        YearMonth last = early ? context.perhapsPublished().orElseThrow() : context.lastPublished();
        if (period.kind() == Period.Kind.FISCAL_YEAR_TO_DATE
                && !early
                && period.first().isAfter(context.perhapsPublished().orElse(last))) {
            // "This year alone", twenty days into a fiscal year none of whose months is (or may be) published: the
            // figures out are the year just ended's.
            options.add(Option.of(
                    Period.fiscalYear(Period.fiscalYearOf(period.first()) - 1), features.toArray(Feature[]::new)));
            List<Feature> beyond = new ArrayList<>(features);
            beyond.add(Feature.PERIOD_BEYOND_PUBLICATION);
            options.add(Option.of(period, beyond.toArray(Feature[]::new)));
            return;
        }
        if (!period.last().isAfter(last) || period.first().isAfter(last) || period.length() <= 1) {
            options.add(Option.of(period, features.toArray(Feature[]::new)));
            return;
        }
        // The months published by then are a floor under a count of a period still running.
        List<Feature> published = new ArrayList<>(features);
        if (!published.contains(Feature.PERIOD_TO_ARTICLE_DATE)) {
            published.add(Feature.PERIOD_TO_ARTICLE_DATE);
        }
        options.add(Option.of(toDate(period, last), published.toArray(Feature[]::new)));
        Optional<YearMonth> perhaps = early ? Optional.empty() : context.perhapsPublished();
        if (perhaps.isPresent() && !period.last().isAfter(perhaps.get())) {
            List<Feature> whole = new ArrayList<>(features);
            whole.add(Feature.PERIOD_PUBLISHED_EARLY);
            options.add(Option.of(period, whole.toArray(Feature[]::new)));
            return;
        }
        perhaps.ifPresent(month -> {
            List<Feature> marked = new ArrayList<>(published);
            marked.add(Feature.PERIOD_PUBLISHED_EARLY);
            options.add(Option.of(toDate(period, month), marked.toArray(Feature[]::new)));
        });
        List<Feature> whole = new ArrayList<>(features);
        whole.add(Feature.PERIOD_BEYOND_PUBLICATION);
        options.add(Option.of(period, whole.toArray(Feature[]::new)));
    }

    /** A period that runs "to date" ends at the last month published (at least its own first month). */
    static Period toDate(Period period, YearMonth lastPublished) {
        YearMonth end = lastPublished.isAfter(period.last()) ? period.last() : lastPublished;
        if (end.isBefore(period.first())) {
            end = period.first();
        }
        if (period.kind() == Period.Kind.FISCAL_YEAR || period.kind() == Period.Kind.FISCAL_YEAR_TO_DATE) {
            return end.equals(period.last()) && period.kind() == Period.Kind.FISCAL_YEAR
                    ? period
                    : Period.fiscalYearToDate(Period.fiscalYearOf(period.first()), end);
        }
        return Period.months(period.first(), end);
    }

    /** The same period reached twice keeps its likelier derivation (fewer features). */
    private static List<Option<Period>> distinct(List<Option<Period>> options) {
        List<Option<Period>> kept = new ArrayList<>();
        for (Option<Period> option : options) {
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).value().equals(option.value())
                        && kept.get(i).unanswerable().equals(option.unanswerable())) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(option);
            } else if (option.featureCount() < kept.get(same).featureCount()) {
                kept.set(same, option);
            }
        }
        return kept;
    }
}

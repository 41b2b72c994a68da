package dev.frontera.claims.internal.numbers;

import dev.frontera.text.MonthNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a sentence: digits with separators and scale words ("191,113",
 * "190K", "1.2 million"), spelled-out numbers ("two million", "a quarter million"), percentages,
 * shares ("one in four") and multiples ("doubled", "twice"). Overlapping matches keep the longest.
 * Stateless and thread-safe.
 */
public final class QuantityFinder {
    private static final String SCALE = "(?:thousand|million|billion|[KkMm]\\b|mn\\b)";
    private static final Pattern DIGITS =
            Pattern.compile("(?<![\\w.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s?(" + SCALE + "))?"
                    + "(?:\\s?(%|percent\\b|per cent\\b))?");
    // "Oct. 1", "January 20": a day of a month, not a figure.
    private static final Pattern MONTH_BEFORE =
            Pattern.compile("(?i)\\b(?:" + MonthNames.PATTERN + "|jun|jul|mar|apr|sep)\\.?\\s+$");
    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|thousand|million|billion)";
    private static final Pattern WORDS = Pattern.compile(
            "(?i)\\b" + WORD + "(?:(?:\\s+and\\s+|[\\s-]+)" + WORD + ")*\\b(?:\\s?(%|percent\\b|per cent\\b))?");
    // "A quarter of a million", "two and a half million", "1 and a half million".
    private static final Pattern FRACTION_SCALE =
            Pattern.compile("(?i)(?<![\\w-])(?:(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+and\\s+)?"
                    + "(?:a\\s+)?(quarter|half|third)(?:\\s+(?:of\\s+)?a)?\\s+(million|billion)\\b");
    private static final Pattern A_SCALE = Pattern.compile("(?i)\\b(?:a|one)\\s+(million|billion)\\b");
    private static final Pattern SHARE = Pattern.compile(
            // Not the tail of a larger number ("162,262 in 2018") nor a year as the whole.
            // "Three of every four" needs its "every": "three of four sectors" may be a count.
            "(?i)(?<![\\d,.])\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,3})\\s+"
                    + "(?:(?:in|out\\s+of)\\s+(?:every\\s+)?|of\\s+every\\s+)(two|three|four|five|six|seven|eight"
                    + "|nine|ten|\\d{1,3})\\b(?![,.]?\\d)");
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?i)\\b(doubled|doubling|double|tripled|tripling|triple|quadrupled|quadruple|quintupled|quintuple|twice(?=\\s+(?:as|the|that|what|its|their|those|last)\\b)"
                    + "|(?<![\\d,.])(two|three|four|five|\\d{1,2}"
                    // "Seven times those of 2014"; "arrested seven times" counts occasions, not a ratio.
                    + "|(?:six|seven|eight|nine|ten)(?=\\s+times\\s+(?:as|the|that|those|what|its|their|higher|more|larger"
                    + "|greater|bigger|over|fiscal|FY|calendar|(?:19|20)\\d\\d)\\b"
                    + "))\\s+times"
                    + "|(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})[- ]?fold)\\b");
    // "170 thousand 723": a count written as translated Spanish writes it, thousands then the rest.
    private static final Pattern THOUSAND_AND =
            Pattern.compile("(?i)(?<![\\w.,])(\\d{1,3})\\s+thousand\\s+(\\d{3})(?![\\w,.]?\\d)");
    // "Two and a half times what agents saw": a multiple with a half.
    private static final Pattern HALF_TIMES = Pattern.compile(
            "(?i)(?<![\\d,.])\\b(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+and\\s+a\\s+half\\s+times\\b");
    // "+57%", "(-9% from 2023)": a signed percentage is a change.
    private static final Pattern SIGNED_PERCENT =
            Pattern.compile("(?<![\\w.,/])([+\\-\u2212\u2013])(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b)");
    // "About half of", "two-thirds of", "a majority of": a share written in words.
    private static final Pattern FRACTION_SHARE =
            Pattern.compile("(?i)(?<!\\b(?:first|second|latter|last|final|third|fourth)\\s)"
                    // "The second half of October", "the first quarter of fiscal 2022": a stretch of time.
                    + "\\b(half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter"
                    + "|three[- ]quarters|(?:a|one)[- ]fifth|(?:(vast|overwhelming|large|great)\\s+)?majority)\\b(?=\\s+(?:of|were|was|are|is|involved)\\b"
                    // "... accounted for roughly a third." ends its sentence with the share.
                    + "|\\s*[(,;]|(?<!\\band\\sa\\shalf)(?<!\\bin\\shalf)\\.?\\s*$)");
    // "Dropping nearly a third", "fell by half", "beat it by about a quarter": a change written as a fraction.
    private static final Pattern FRACTION_CHANGE = Pattern.compile("(?i)\\b(?:(?:fell|falling|dropp(?:ed|ing)|drops?"
            + "|declin(?:ed|ing|es?)|decreas(?:ed|ing|es?)|plunged?|plunging|plummet(?:ed|ing|s)?|shrank|cut(?:\\s+in)?|slashed|rose|ris(?:es|ing)"
            + "|increas(?:ed|ing|es?)|grew|jump(?:ed|ing|s)?|climb(?:ed|ing|s)?|soar(?:ed|ing|s)?|surg(?:ed|ing|es?)|down|(?<!\\bmade\\s)(?<!\\bmakes?\\s)up)\\s+(?:by\\s+)?"
            + "|\\bby\\s+)(?:(?:nearly|almost|about|roughly|around|more than|over|less than|just over|just under)\\s+)?"
            + "(half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters|(?:a|one)[- ]fifth)\\b"
            + "(?!\\s+(?:of|a\\s+million|million|billion)\\b)");
    // "8,000-10,000 a day", "20–30%": the dash keeps the second end from being read on its own (nor as a minus).
    private static final String END =
            "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?" + SCALE + ")?(?:\\s?(?:%|percent\\b|per cent\\b))?";
    private static final Pattern DASH_RANGE =
            Pattern.compile("(?<![\\w.,/-])(" + END + ")\\s?[-\u2013\u2014]\\s?(" + END + ")(?![\\w,.]?\\d)");
    // Between the two ends of a spread: "between 20 and 30 percent", "1,500 to 2,000 people".
    private static final Pattern BETWEEN_BEFORE =
            Pattern.compile("(?i)\\bbetween\\s+(?:(?:about|roughly|around|some|approximately)\\s+)?$");
    // "From 50,000 to 60,000" is a change from one figure to another, unless the words spread it ("ranged from").
    private static final Pattern FROM_BEFORE =
            Pattern.compile("(?i)\\bfrom\\s+(?:(?:about|roughly|around|some|approximately)\\s+)?$");
    private static final Pattern SPREAD_FROM_BEFORE = Pattern.compile(
            "(?i)\\b(?:rang(?:e|es|ed|ing)|anywhere|somewhere)\\s+from\\s+(?:(?:about|roughly|around|some|approximately)\\s+)?$");
    private static final Pattern SCALE_WORD = Pattern.compile("(?i)" + SCALE);
    /** How far apart a range's ends may lie: "8,000 to 10,000" is a spread, "5,000 to 60,000" two figures. */
    private static final double RANGE_RATIO = 4;
    /** Significant digits a range's end may have: ranges are round, "(99,539 to 132,652)" is a change's two figures. */
    private static final double RANGE_PRECISION = 1000;

    private static final Map<String, Double> SMALL = Map.ofEntries(
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0));

    /** Every quantity of the sentence, in order of position. */
    public List<Quantity> find(String sentence) {
        List<Quantity> found = new ArrayList<>();
        digits(sentence, found);
        signedPercents(sentence, found);
        if (hasLetters(sentence)) {
            // Of a share and a change over the same words ("fell by more than a third, to 142,000"), the verb's
            // change wins: the longest-first sort keeps the first added of two equal spans.
            fractionChanges(sentence, found);
            fractionShares(sentence, found);
            words(sentence, found);
            fractions(sentence, found);
            shares(sentence, found);
            multiples(sentence, found);
            halfMultiples(sentence, found);
            thousandsThenRest(sentence, found);
        }
        dashRanges(sentence, found);
        return joinedRanges(sentence, longestWithoutOverlap(found));
    }

    private static void halfMultiples(String sentence, List<Quantity> found) {
        Matcher half = HALF_TIMES.matcher(sentence);
        while (half.find()) {
            found.add(new Quantity(
                    half.start(), half.end(), half.group(), small(half.group(1)) + 0.5, 0.1, Quantity.Form.MULTIPLE));
        }
    }

    private static void thousandsThenRest(String sentence, List<Quantity> found) {
        Matcher thousands = THOUSAND_AND.matcher(sentence);
        while (thousands.find()) {
            double value = Integer.parseInt(thousands.group(1)) * 1000.0 + Integer.parseInt(thousands.group(2));
            found.add(
                    new Quantity(thousands.start(), thousands.end(), thousands.group(), value, 1, Quantity.Form.COUNT));
        }
    }

    private static void dashRanges(String sentence, List<Quantity> found) {
        Matcher matcher = DASH_RANGE.matcher(sentence);
        while (matcher.find()) {
            // A dash before three digits may be a broken thousands separator ("379-893" for 379,893).
            if (matcher.group(2).matches("\\d{3}")) {
                continue;
            }
            Optional<Quantity> low = number(sentence, matcher.start(1), matcher.end(1));
            Optional<Quantity> high = number(sentence, matcher.start(2), matcher.end(2));
            if (low.isPresent() && high.isPresent()) {
                range(sentence, low.get(), high.get()).ifPresent(found::add);
            }
        }
    }

    private static Optional<Quantity> number(String sentence, int start, int end) {
        List<Quantity> one = new ArrayList<>();
        digits(sentence.substring(start, end), one);
        return one.stream()
                .filter(q -> q.start() == 0 && q.end() == end - start)
                .findFirst()
                .map(q -> new Quantity(start, end, q.text(), q.value(), q.unit(), q.form()));
    }

    /** Two numbers joined as a spread ("between 7,000 and 9,000", "1,500 to 2,000") become one. */
    private static List<Quantity> joinedRanges(String sentence, List<Quantity> kept) {
        List<Quantity> joined = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Quantity low = kept.get(i);
            Optional<Quantity> range = Optional.empty();
            if (i + 1 < kept.size()) {
                Quantity high = kept.get(i + 1);
                String join =
                        sentence.substring(low.end(), high.start()).strip().toLowerCase(Locale.ROOT);
                String before = sentence.substring(Math.max(0, low.start() - 40), low.start());
                boolean spread = switch (join) {
                    case "to" ->
                        !FROM_BEFORE.matcher(before).find()
                                || SPREAD_FROM_BEFORE.matcher(before).find();
                    case "and" -> BETWEEN_BEFORE.matcher(before).find();
                    default -> false;
                };
                range = spread ? range(sentence, low, high) : Optional.empty();
            }
            if (range.isPresent()) {
                joined.add(range.get());
                i++;
            } else {
                joined.add(low);
            }
        }
        return joined;
    }

    /**
     * The two ends as one range, if they make one: counts or percentages (a bare first end takes the
     * second's scale or percent sign: "1.5 to 2 million", "20-30%"), round, rising and close; not years.
     */
    private static Optional<Quantity> range(String sentence, Quantity low, Quantity high) {
        boolean kinds = (low.form() == Quantity.Form.COUNT || low.form() == high.form())
                && (high.form() == Quantity.Form.COUNT || high.form() == Quantity.Form.PERCENT)
                && low.sign() == 0
                && high.sign() == 0;
        if (!kinds || isYear(low) || isYear(high)) {
            return Optional.empty();
        }
        double factor = 1;
        Matcher scale = SCALE_WORD.matcher(high.text());
        if (!SCALE_WORD.matcher(low.text()).find() && scale.find()) {
            factor = scale(scale.group());
        }
        double lowValue = low.value() * factor;
        boolean round = low.value() / low.unit() < RANGE_PRECISION && high.value() / high.unit() < RANGE_PRECISION;
        if (!round || lowValue <= 0 || lowValue >= high.value() || high.value() / lowValue > RANGE_RATIO) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(
                low.start(),
                high.end(),
                sentence.substring(low.start(), high.end()),
                high.value(),
                high.unit(),
                high.form(),
                lowValue));
    }

    private static boolean isYear(Quantity quantity) {
        return quantity.form() == Quantity.Form.COUNT && quantity.text().matches("(?:19|20)\\d\\d");
    }

    private static boolean hasLetters(String sentence) {
        return sentence.chars().anyMatch(Character::isLetter);
    }

    private static void digits(String sentence, List<Quantity> found) {
        Matcher matcher = DIGITS.matcher(sentence);
        while (matcher.find()) {
            String whole = matcher.group(1).replace(",", "");
            String decimals = matcher.group(2);
            if (isDayOfMonth(sentence, matcher)) {
                continue;
            }
            double value = Double.parseDouble(decimals == null ? whole : whole + "." + decimals);
            double scale = scale(matcher.group(3));
            boolean percent = matcher.group(4) != null;
            double unit =
                    decimals == null ? Quantity.unitOf(Double.parseDouble(whole)) : Math.pow(10, -decimals.length());
            found.add(new Quantity(
                    matcher.start(),
                    matcher.end(),
                    matcher.group(),
                    value * scale,
                    unit * scale,
                    percent ? Quantity.Form.PERCENT : Quantity.Form.COUNT));
        }
    }

    private static boolean isDayOfMonth(String sentence, Matcher matcher) {
        if (matcher.group(2) != null || matcher.group(3) != null || matcher.group(4) != null) {
            return false;
        }
        String digits = matcher.group(1);
        return digits.length() <= 2
                && Integer.parseInt(digits) >= 1
                && Integer.parseInt(digits) <= 31
                && MONTH_BEFORE
                        .matcher(sentence.substring(Math.max(0, matcher.start() - 12), matcher.start()))
                        .find();
    }

    private static void signedPercents(String sentence, List<Quantity> found) {
        Matcher matcher = SIGNED_PERCENT.matcher(sentence);
        while (matcher.find()) {
            String digits = matcher.group(2);
            double unit = digits.contains(".") ? Math.pow(10, -(digits.length() - digits.indexOf('.') - 1)) : 1;
            found.add(new Quantity(
                    matcher.start(),
                    matcher.end(),
                    matcher.group(),
                    Double.parseDouble(digits),
                    unit,
                    Quantity.Form.PERCENT));
        }
    }

    private static void fractionChanges(String sentence, List<Quantity> found) {
        Matcher matcher = FRACTION_CHANGE.matcher(sentence);
        while (matcher.find()) {
            double percent = 100 * fraction(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            found.add(new Quantity(
                    matcher.start(1), matcher.end(1), matcher.group(1), percent, 1, Quantity.Form.PERCENT));
        }
    }

    private static double fraction(String word) {
        if (word.equals("half")) {
            return 0.5;
        }
        if (word.startsWith("two")) {
            return 2.0 / 3;
        }
        if (word.endsWith("third")) {
            return 1.0 / 3;
        }
        if (word.startsWith("three")) {
            return 0.75;
        }
        return word.endsWith("quarter") ? 0.25 : 0.2;
    }

    private static void fractionShares(String sentence, List<Quantity> found) {
        Matcher matcher = FRACTION_SHARE.matcher(sentence);
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            double share;
            if (word.endsWith("majority")) {
                share = matcher.group(2) != null && !matcher.group(2).equalsIgnoreCase("large") ? 2.0 / 3 : 0.5;
            } else if (word.equals("half")) {
                share = 0.5;
            } else if (word.startsWith("two")) {
                share = 2.0 / 3;
            } else if (word.endsWith("third")) {
                share = 1.0 / 3;
            } else if (word.startsWith("three")) {
                share = 0.75;
            } else if (word.endsWith("quarter")) {
                share = 0.25;
            } else {
                share = 0.2;
            }
            found.add(new Quantity(matcher.start(), matcher.end(), matcher.group(), share, 0.01, Quantity.Form.SHARE));
        }
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> 1_000;
            case "million", "m", "mn" -> 1_000_000;
            case "billion" -> 1_000_000_000;
            default -> 1;
        };
    }

    private static void words(String sentence, List<Quantity> found) {
        Matcher matcher = WORDS.matcher(sentence);
        while (matcher.find()) {
            String span = matcher.group();
            boolean percent = matcher.group(1) != null;
            String numberWords = percent ? span.substring(0, matcher.start(1) - matcher.start()) : span;
            Optional<Double> value = SpelledNumbers.parse(numberWords);
            if (value.isPresent()) {
                found.add(new Quantity(
                        matcher.start(),
                        matcher.end(),
                        span,
                        value.get(),
                        Quantity.unitOf(value.get()),
                        percent ? Quantity.Form.PERCENT : Quantity.Form.COUNT));
            }
        }
        Matcher single = A_SCALE.matcher(sentence);
        while (single.find()) {
            double value = scale(single.group(1));
            found.add(new Quantity(single.start(), single.end(), single.group(), value, value, Quantity.Form.COUNT));
        }
    }

    private static void fractions(String sentence, List<Quantity> found) {
        Matcher matcher = FRACTION_SCALE.matcher(sentence);
        while (matcher.find()) {
            double part = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                case "quarter" -> 0.25;
                case "half" -> 0.5;
                default -> 1.0 / 3;
            };
            double whole = matcher.group(1) == null ? 0 : small(matcher.group(1));
            double scale = scale(matcher.group(3));
            found.add(new Quantity(
                    matcher.start(),
                    matcher.end(),
                    matcher.group(),
                    (whole + part) * scale,
                    part * scale,
                    Quantity.Form.COUNT));
        }
    }

    private static void shares(String sentence, List<Quantity> found) {
        Matcher matcher = SHARE.matcher(sentence);
        while (matcher.find()) {
            double part = small(matcher.group(1));
            double whole = small(matcher.group(2));
            if (whole > 0 && part < whole) {
                found.add(new Quantity(
                        matcher.start(), matcher.end(), matcher.group(), part / whole, 0.01, Quantity.Form.SHARE));
            }
        }
    }

    private static void multiples(String sentence, List<Quantity> found) {
        Matcher matcher = MULTIPLE.matcher(sentence);
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            double times;
            if (matcher.group(2) != null) {
                times = small(matcher.group(2));
            } else if (matcher.group(3) != null) {
                times = small(matcher.group(3));
            } else if (word.startsWith("doubl") || word.equals("twice")) {
                times = 2;
            } else if (word.startsWith("tripl")) {
                times = 3;
            } else if (word.startsWith("quintupl")) {
                times = 5;
            } else {
                times = 4;
            }
            found.add(
                    new Quantity(matcher.start(), matcher.end(), matcher.group(), times, 0.1, Quantity.Form.MULTIPLE));
        }
    }

    private static double small(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(key.charAt(0))) {
            return Double.parseDouble(key);
        }
        return SMALL.getOrDefault(key, 0.0);
    }

    private static List<Quantity> longestWithoutOverlap(List<Quantity> found) {
        found.sort(Comparator.comparingInt((Quantity q) -> q.end() - q.start())
                .reversed()
                .thenComparingInt(Quantity::start));
        List<Quantity> kept = new ArrayList<>();
        for (Quantity candidate : found) {
            boolean overlaps = kept.stream().anyMatch(k -> candidate.start() < k.end() && k.start() < candidate.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Quantity::start));
        return kept;
    }
}

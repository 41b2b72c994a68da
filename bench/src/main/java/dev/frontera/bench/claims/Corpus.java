package dev.frontera.bench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The claims corpus, generated at run time with a fixed seed, never stored: each article
 * combines sentences from templates of our own (a figure, a qualifier, a measure, a place and a
 * period, drawn at random; plus sentences with numbers that are not claims, and plain filler),
 * and, when the shared fixtures are present, the real sentences of {@code claims/dev.jsonl}
 * (each with its own publication date, which then dates the article).
 */
final class Corpus {
    private static final String[] QUALIFIERS = {
        "", "", "more than ", "over ", "nearly ", "about ", "almost ", "roughly ", "at least ", "fewer than "
    };
    private static final String[] COUNTRIES = {"Mexico", "Guatemala", "Honduras", "Venezuela", "Colombia", "Ecuador"};
    private static final String[] NATIONALITIES = {"Mexican", "Guatemalan", "Honduran", "Venezuelan", "Cuban"};
    private static final String[] MONTHLY = {
        "Border Patrol agents apprehended %Q%N migrants at the southwest border in %M.",
        "There were %Q%N encounters along the U.S.-Mexico border in %M, according to CBP figures.",
        "Customs and Border Protection reported %Q%N encounters at the southern border in %M.",
        "Agents encountered %Q%N unaccompanied children at the southern border in %M.",
        "Arrests of migrants crossing illegally between ports of entry reached %Q%N in %M.",
        "In %M, authorities recorded %Q%N encounters with %A migrants at the southern border.",
        "Officers turned away %Q%N people at ports of entry on the southwest border in %M.",
        "Nationwide, CBP logged %Q%N encounters in %M.",
    };
    private static final String[] DAILY = {
        "Border agents were apprehending %Q%D migrants a day at the southern border in %M.",
        "Crossings at the southwest border averaged %Q%D per day in %M.",
    };
    private static final String[] YEARLY = {
        "CBP recorded %Q%Y encounters at the southwest border in fiscal year %F.",
        "Nationwide encounters topped %Y in fiscal year %F.",
        "More than %Y migrants were stopped at the southern border in fiscal %F, officials said.",
        "Encounters with migrants from %C at the border reached %Q%N in fiscal year %F.",
    };
    private static final String[] NOT_CLAIMS = {
        "A caravan of about %N people set out from southern Mexico this week.",
        "The shelter, some %S miles from the border, has room for %S beds.",
        "The governor asked for $%S million in federal aid.",
        "In a poll released last week, %P%% of voters said they disapproved of the handling of the border.",
        "The meeting lasted about two hours, the officials said.",
    };
    private static final String[] FILLER = {
        "The administration has faced criticism from both parties over its handling of the border.",
        "Local officials said shelters were running out of space.",
        "Lawmakers in Washington are negotiating a package that ties border policy to foreign aid.",
        "Advocates warned that the new rules could leave asylum seekers waiting in dangerous conditions.",
        "The Department of Homeland Security did not respond to a request for comment.",
        "Residents of border towns described long lines at the bridges.",
        "The secretary is expected to travel to the region again next month.",
    };

    private final Random random;
    private final List<Fixture> fixtures;

    private Corpus(long seed, List<Fixture> fixtures) {
        this.random = new Random(seed);
        this.fixtures = fixtures;
    }

    /** {@code count} articles from a fixed seed, with the shared fixture sentences mixed in when {@code fixtures} is given. */
    public static List<Article> generate(int count, long seed, Optional<Path> fixtures) {
        Corpus corpus = new Corpus(seed, fixtures.map(Corpus::readFixtures).orElse(List.of()));
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(corpus.article());
        }
        return articles;
    }

    private Article article() {
        // A publication date from December 2020 to November 2024: the months it speaks of are published by then.
        YearMonth publishedMonth = YearMonth.of(2020, 12).plusMonths(random.nextInt(48));
        LocalDate published = publishedMonth.atDay(1 + random.nextInt(28));
        StringBuilder text = new StringBuilder();
        int sentences = 8 + random.nextInt(9);
        for (int i = 0; i < sentences; i++) {
            int pick = random.nextInt(100);
            String sentence;
            if (pick < 40) {
                sentence = claim(publishedMonth);
            } else if (pick < 50 && !fixtures.isEmpty()) {
                Fixture fixture = fixtures.get(random.nextInt(fixtures.size()));
                sentence = fixture.text();
                published = fixture.published();
            } else if (pick < 65) {
                sentence = fill(NOT_CLAIMS[random.nextInt(NOT_CLAIMS.length)], publishedMonth);
            } else {
                sentence = FILLER[random.nextInt(FILLER.length)];
            }
            text.append(sentence).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return new Article(text.toString().trim(), published);
    }

    private String claim(YearMonth publishedMonth) {
        int kind = random.nextInt(10);
        String template = kind < 6
                ? MONTHLY[random.nextInt(MONTHLY.length)]
                : kind < 7 ? DAILY[random.nextInt(DAILY.length)] : YEARLY[random.nextInt(YEARLY.length)];
        return fill(template, publishedMonth);
    }

    private String fill(String template, YearMonth publishedMonth) {
        YearMonth month = publishedMonth.minusMonths(1 + random.nextInt(12));
        if (month.isBefore(YearMonth.of(2020, 10))) {
            month = YearMonth.of(2020, 10).plusMonths(random.nextInt(12));
        }
        int fiscalYear = Math.min(2024, Math.max(2021, month.getYear() - random.nextInt(2)));
        return template.replace("%Q", QUALIFIERS[random.nextInt(QUALIFIERS.length)])
                .replace("%N", monthlyFigure())
                .replace("%D", String.format(Locale.ROOT, "%,d", 2_000 + 100 * random.nextInt(90)))
                .replace("%Y", yearlyFigure())
                .replace("%S", Integer.toString(10 + random.nextInt(900)))
                .replace("%P", Integer.toString(20 + random.nextInt(60)))
                .replace("%M", monthName(month, publishedMonth))
                .replace("%F", Integer.toString(fiscalYear))
                .replace("%C", COUNTRIES[random.nextInt(COUNTRIES.length)])
                .replace("%A", NATIONALITIES[random.nextInt(NATIONALITIES.length)]);
    }

    /** A monthly figure written the ways news writes them: 191,113, 190,000, 190K, 1.2 million... */
    private String monthlyFigure() {
        int value = 20_000 + random.nextInt(230_000);
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "%,d", value);
            case 1 -> String.format(Locale.ROOT, "%,d", value / 1000 * 1000);
            case 2 -> (value / 1000) + "K";
            case 3 -> String.format(Locale.ROOT, "%,d", value / 10_000 * 10_000);
            default -> String.format(Locale.ROOT, "%.2f million", value / 1e6);
        };
    }

    private String yearlyFigure() {
        return switch (random.nextInt(4)) {
            case 0 -> "two million";
            case 1 -> String.format(Locale.ROOT, "%.1f million", 1.5 + random.nextInt(15) / 10.0);
            case 2 -> String.format(Locale.ROOT, "%,d", 1_500_000 + random.nextInt(1_000_000));
            default -> "a million and a half";
        };
    }

    /** "November" when the month is the one before publication, else "November 2023" (or "last month"). */
    private String monthName(YearMonth month, YearMonth publishedMonth) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (month.equals(publishedMonth.minusMonths(1))) {
            return random.nextBoolean() ? name : "last month";
        }
        return name + " " + month.getYear();
    }

    private record Fixture(String text, LocalDate published) {}

    /** A fixture's date: a day, or a month only (then its last day); anything else leaves the sentence out. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.length() == 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Fixture> readFixtures(Path fixtures) {
        Path file = fixtures.resolve("claims").resolve("dev.jsonl");
        if (!Files.exists(file)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<Fixture> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                JsonNode text = node.get("input_text");
                JsonNode published = node.get("published");
                Optional<LocalDate> date = published == null ? Optional.empty() : date(published.asText());
                if (text != null && date.isPresent()) {
                    sentences.add(new Fixture(text.asText(), date.get()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shared claims fixtures " + file, e);
        }
        return sentences;
    }
}

package dev.frontera.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles for the Spark tests and the benchmark, made at run time: each joins a few passages
 * from the shared claims set ({@code fixtures/claims/dev.jsonl}, never copied into the
 * repository) with sentences of our own, some with figures and some without. Seeded, so a test
 * sees the same archive every run.
 */
public final class ArchiveFixture {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> OWN = List.of(
            "Border Patrol agents recorded 249,785 encounters at the southwest border in December 2023.",
            "Officials said there were more than 300,000 encounters nationwide in December 2023.",
            "About 2.5 million migrants were encountered at the southern border in fiscal year 2023.",
            "The agency reported 191,000 apprehensions between ports of entry in May 2024, down from the month before.",
            "Encounters of unaccompanied children fell to about 9,000 in June 2024.",
            "In fiscal 2022, the Border Patrol logged roughly 2.2 million apprehensions along the southwest border.",
            "Nationwide encounters topped 3 million in fiscal year 2023, a record high.",
            "Last month, agents averaged about 4,000 apprehensions a day.",
            "The mayor spoke to reporters outside the shelter on Tuesday morning.",
            "Advocates said the new rules would make it harder to apply for asylum.",
            "The hearing was adjourned until next week.",
            "Weather delayed several flights at the regional airport.");
    private static final List<String> OUTLETS =
            List.of("The Daily Ledger", "Border Report Weekly", "Metro Wire", "Valley Courier");

    private ArchiveFixture() {}

    /** {@code count} articles as JSON objects {@code {id, text, published, outlet, url}}. */
    public static List<ObjectNode> articles(int count, long seed) {
        List<String> passages = new ArrayList<>(OWN);
        List<String> dates = new ArrayList<>();
        for (JsonNode item : devSet()) {
            passages.add(item.get("input_text").asText());
            String published = item.get("published").asText();
            if (published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.add(published);
            }
        }
        Random random = new Random(seed);
        List<ObjectNode> articles = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            int sentences = 2 + random.nextInt(6);
            StringBuilder text = new StringBuilder();
            for (int sentence = 0; sentence < sentences; sentence++) {
                if (sentence > 0) {
                    text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                text.append(passages.get(random.nextInt(passages.size())));
            }
            ObjectNode article = MAPPER.createObjectNode();
            article.put("id", "a%05d".formatted(index));
            article.put("text", text.toString());
            article.put("published", dates.get(random.nextInt(dates.size())));
            if (random.nextInt(10) > 0) {
                article.put("outlet", OUTLETS.get(random.nextInt(OUTLETS.size())));
            }
            article.put("url", "https://news.example/%d".formatted(index));
            articles.add(article);
        }
        return articles;
    }

    /** Writes articles as JSON Lines, UTF-8. */
    public static Path writeJsonLines(List<ObjectNode> articles, Path file) {
        try {
            List<String> lines = new ArrayList<>(articles.size());
            for (ObjectNode article : articles) {
                lines.add(MAPPER.writeValueAsString(article));
            }
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> devSet() {
        Path file = SharedFiles.fixtures("claims/dev.jsonl");
        try {
            List<JsonNode> items = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    items.add(MAPPER.readTree(line));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

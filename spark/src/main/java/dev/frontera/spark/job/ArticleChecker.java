package dev.frontera.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.CheckedClaim;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.core.FronteraException;
import dev.frontera.spark.record.CheckerCache;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Checks the articles of one partition with the JVM's shared claim checker, yielding
 * {@link Outcome} rows. A row that cannot be checked becomes a reject with its reason; nothing
 * here throws for one bad article. Input columns, in order: id, outlet, url, published, text
 * (bytes), source_file, corrupt (the raw line when it was not a JSON object).
 */
final class ArticleChecker implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 200;

    private final Broadcast<byte[]> record;
    private final long maxArticleBytes;

    ArticleChecker(Broadcast<byte[]> record, long maxArticleBytes) {
        this.record = record;
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        ClaimJson json = ClaimJson.create();
        return new Iterator<>() {
            private final ArrayDeque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && articles.hasNext()) {
                    check(articles.next(), json, pending);
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }
        };
    }

    private void check(Row input, ClaimJson json, ArrayDeque<Row> out) {
        String id = input.getString(0);
        String sourceFile = input.getString(5);
        String corrupt = input.getString(6);
        if (corrupt != null) {
            boolean badBytes = corrupt.indexOf('\uFFFD') >= 0;
            out.add(Outcome.reject(
                    id,
                    sourceFile,
                    badBytes ? "not-utf8" : "malformed-json",
                    badBytes
                            ? "the line is not valid UTF-8"
                            : "the line is not a JSON object with id, text and published",
                    excerpt(corrupt)));
            return;
        }
        if (id == null || id.isBlank()) {
            out.add(Outcome.reject(null, sourceFile, "missing-id", "the article has no id", null));
            return;
        }
        byte[] bytes = input.isNullAt(4) ? null : (byte[]) input.get(4);
        if (bytes == null) {
            out.add(Outcome.reject(id, sourceFile, "missing-text", "article '%s' has no text".formatted(id), null));
            return;
        }
        if (bytes.length > maxArticleBytes) {
            out.add(Outcome.reject(
                    id,
                    sourceFile,
                    "too-large",
                    String.format(
                            Locale.ROOT,
                            "article '%s' has %,d bytes of text; the limit is %,d",
                            id,
                            bytes.length,
                            maxArticleBytes),
                    null));
            return;
        }
        String text;
        try {
            text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            out.add(Outcome.reject(
                    id, sourceFile, "not-utf8", "the text of article '%s' is not valid UTF-8".formatted(id), null));
            return;
        }
        LocalDate published;
        try {
            published = ClaimJson.parsePublished(input.getString(3));
        } catch (FronteraException e) {
            out.add(Outcome.reject(id, sourceFile, "bad-date", "article '%s': %s".formatted(id, e.getMessage()), null));
            return;
        }
        Outcome.Article article = new Outcome.Article(
                id,
                input.getString(1),
                input.getString(2),
                published.toString(),
                YearMonth.from(published).toString());
        // Outside the try: a record that cannot be decoded fails the job, it is not one bad article.
        ClaimChecker checker = CheckerCache.checker(record.id(), record::value);
        CheckResult result;
        try {
            result = checker.check(text, published);
        } catch (FronteraException e) {
            out.add(Outcome.reject(
                    id, sourceFile, e.code().slug(), "article '%s': %s".formatted(id, e.getMessage()), excerpt(text)));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            out.add(Outcome.reject(
                    id,
                    sourceFile,
                    "internal",
                    "article '%s' could not be checked: %s".formatted(id, e),
                    excerpt(text)));
            return;
        }
        out.add(Outcome.article(article, result.claims().size()));
        int index = 0;
        for (CheckedClaim claim : result.claims()) {
            JsonNode node = json.toJson(claim);
            out.add(Outcome.claim(article, index++, ClaimRows.values(node)));
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
    }
}

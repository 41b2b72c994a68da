package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestClaimCheckerThreads {
    @Test
    void checks_the_same_articles_from_several_threads_as_from_one()
            throws IOException, InterruptedException, ExecutionException {
        List<ClaimCorpus.Article> articles = ClaimCorpus.generate(60, 7);
        ClaimChecker checker = ClaimChecker.create(PublishedRecord.full());
        ClaimJson json = ClaimJson.create();
        List<String> alone = new ArrayList<>();
        for (ClaimCorpus.Article article : articles) {
            alone.add(json.write(checker.check(article.text(), article.published())));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (ClaimCorpus.Article article : articles) {
                    together.add(pool.submit(() -> json.write(checker.check(article.text(), article.published()))));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get())
                        .as("article %d", i % articles.size())
                        .isEqualTo(alone.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone).anyMatch(result -> result.contains("\"verdict\":\"accurate\""));
    }
}

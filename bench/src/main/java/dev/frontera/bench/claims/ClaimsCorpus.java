package dev.frontera.bench.claims;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.SharedData;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.nio.file.Path;
import java.util.List;

/**
 * What the claims benchmarks share, built once per JMH fork: a store with the official files, the
 * warm engine and checker over it, the generated corpus, and per article its claim count and the
 * SQL of its candidate interpretations (from one checking pass, which also warms the checker).
 */
final class ClaimsCorpus {
    static final int ARTICLES = 3_000;
    static final long SEED = 20231228L;

    final Path storeFile;
    final ClaimChecker checker;
    final List<Article> articles;
    final int[] claims;
    final String[][] candidateSql;
    final long totalClaims;
    final long totalCandidates;

    ClaimsCorpus() {
        QueryEngine engine;
        try (Store store = BenchStore.freshWithOfficialFiles()) {
            storeFile = store.path();
            engine = BenchStore.warmEngine(store);
        }
        checker = ClaimChecker.create(engine);
        articles = Corpus.generate(ARTICLES, SEED, SharedData.fixtures());
        claims = new int[articles.size()];
        candidateSql = new String[articles.size()][];
        long claimCount = 0;
        long candidateCount = 0;
        // A second checker over a recording record: each article's questions, once each, become the baseline's SQL.
        CandidateQueries recorder = new CandidateQueries(engine);
        ClaimChecker recording = ClaimChecker.create(recorder);
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            CheckResult result = checker.check(article.text(), article.published());
            recording.check(article.text(), article.published());
            claims[i] = result.claims().size();
            candidateSql[i] = recorder.drainSql().toArray(String[]::new);
            claimCount += claims[i];
            candidateCount += candidateSql[i].length;
        }
        totalClaims = claimCount;
        totalCandidates = candidateCount;
        System.out.printf(
                "claims corpus: %d articles, %d claims, %d questions to the record (one SQL statement each)%n",
                articles.size(), totalClaims, totalCandidates);
    }
}

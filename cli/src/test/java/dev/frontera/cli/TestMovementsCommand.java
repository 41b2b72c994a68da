package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.PublishedRecord;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The movements commands over a real store: import from the seed article, sightings, show, bad input. */
class TestMovementsCommand {
    @TempDir
    static Path folder;

    static String db;

    @BeforeAll
    static void storeWithStatistics() throws IOException {
        db = folder.resolve("frontera.duckdb").toString();
        Path state = PublishedRecord.copy(
                "nationwide-encounters-state/nationwide-encounters-fy23-fy26-nov-state.csv.gz", folder);
        assertThat(CommandRunner.run("--db", db, "ingest", state.toString()).exitCode())
                .isZero();
    }

    @Test
    void imports_the_seed_article_only_when_confirmed_then_tracks_the_caravan() {
        Path seed = SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt");
        // Given as a path with "..", as someone beside the checkout would type it.
        String article = seed.getParent()
                .resolve("../articles")
                .resolve(seed.getFileName())
                .toString();
        CommandRunner proposal = CommandRunner.run(
                "--db", db, "movements", "import", article, "--published", "2023-12-28", "--name", "Caravan A");
        assertThat(proposal.out())
                .contains("2023-12-24")
                .contains("Tapachula")
                .contains("7,000")
                .contains("honduras, el-salvador, venezuela, haiti")
                .contains("Nothing stored")
                .contains("\"around 1,000 miles\": accurate");
        assertThat(CommandRunner.run("--db", db, "movements", "list").out()).doesNotContain("caravan-a");

        CommandRunner withoutSource = CommandRunner.run(
                "--db",
                db,
                "movements",
                "import",
                article,
                "--published",
                "2023-12-28",
                "--name",
                "Caravan A",
                "--confirm");
        assertThat(withoutSource.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withoutSource.err()).contains("--source is missing");
        assertThat(CommandRunner.run(
                                "--db",
                                db,
                                "movements",
                                "import",
                                article,
                                "--published",
                                "2023-12-28",
                                "--name",
                                "Caravan A",
                                "--source",
                                "https://example.org/1",
                                "--confirm")
                        .exitCode())
                .isZero();
        assertThat(CommandRunner.run(
                                "--db",
                                db,
                                "movements",
                                "sight",
                                "caravan-a",
                                "--date",
                                "2024-01-02",
                                "--place",
                                "Huixtla",
                                "--size",
                                "4000",
                                "--given-by",
                                "INM",
                                "--source",
                                "https://example.org/2")
                        .exitCode())
                .isZero();
        CommandRunner show = CommandRunner.run("--db", db, "movements", "show", "caravan-a");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("Huixtla")
                .contains("pace:")
                .contains("could arrive:")
                .contains("Southwest border encounters of citizens of Honduras");
        // A stored source is a web address, as the API requires: never the article's path on this disk.
        assertThat(show.out())
                .contains("https://example.org/1")
                .doesNotContain(seed.getParent().toString())
                .doesNotContain("file:");
    }

    @Test
    void rejects_an_unknown_place_with_suggestions_and_stores_nothing() {
        CommandRunner.run(
                "--db",
                db,
                "movements",
                "add",
                "--name",
                "Group B",
                "--first-reported",
                "2024-01-01",
                "--origin",
                "Tapachula",
                "--nationality",
                "cuba");
        CommandRunner run = CommandRunner.run(
                "--db",
                db,
                "movements",
                "sight",
                "group-b",
                "--date",
                "2024-01-03",
                "--place",
                "Huixtal",
                "--source",
                "https://example.org");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown place 'Huixtal'").contains("Huixtla");
        assertThat(CommandRunner.run("--db", db, "movements", "list").out()).containsPattern("group-b .* 0\\n");
    }

    @Test
    void distance_from_a_place() {
        CommandRunner run = CommandRunner.run("movements", "distance", "Tapachula");
        assertThat(run.out()).contains("to the border:").contains("1,327 km");
    }
}

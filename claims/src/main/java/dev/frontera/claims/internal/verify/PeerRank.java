package dev.frontera.claims.internal.verify;

import dev.frontera.claims.internal.extract.RankWords;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.Reading;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Measure;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges a rank claim ("the 3rd busiest sector") on the record's breakdown of the period by sector,
 * field office or nationality: the place named is counted from the most (or the fewest) among every
 * peer the breakdown lists. "Other countries" is a remainder, not a nationality, so it is no peer.
 * Peers whose published figures are rounded and lie within the rounding of each other tie, and the
 * claim may take any place of the tie.
 */
final class PeerRank {
    private static final String REMAINDER = "other";
    private static final double ROUNDING = 5;
    private static final int NAMED_AHEAD = 5;

    private PeerRank() {}

    static CandidateEvaluator.Measured of(RankWords words, Reading reading, Answer answer, String release) {
        String ranked = reading.ranked().orElseThrow();
        List<AnswerRow> peers = answer.rows().stream()
                .filter(row -> row.group().isPresent() && !row.group().get().equals(REMAINDER))
                .toList();
        Optional<AnswerRow> own =
                peers.stream().filter(row -> row.group().get().equals(ranked)).findFirst();
        String kind = peerWords(reading);
        if (own.isEmpty() || peers.size() < 2) {
            return new CandidateEvaluator.Measured(
                    new Figure(0, release),
                    Optional.empty(),
                    "the record's %s for %s do not list %s"
                            .formatted(kind, ReadingWords.period(reading.period()), ranked));
        }
        long value = own.get().value();
        // Two figures each rounded to 10 may differ by up to 10 and still be equal.
        double tie = answer.rounded() ? 2 * ROUNDING : 0;
        int sign = words.highest() ? 1 : -1;
        List<AnswerRow> ahead = peers.stream()
                .filter(row -> row != own.get() && sign * (row.value() - value) > tie)
                .sorted((a, b) -> Long.compare(sign * b.value(), sign * a.value()))
                .toList();
        long level = peers.stream()
                .filter(row -> row != own.get() && Math.abs(row.value() - value) <= tie)
                .count();
        int place = ahead.size() + 1;
        boolean holds = words.place() >= place && words.place() <= place + level;
        String detail = "%s was %s of %d %s in %s%s"
                        .formatted(
                                name(own.get()),
                                ReadingWords.ordinal(place),
                                peers.size(),
                                kind,
                                ReadingWords.period(reading.period()),
                                ahead.isEmpty() ? "" : ", behind " + names(ahead))
                + (words.highest() ? "" : " (counted from the fewest)");
        return new CandidateEvaluator.Measured(
                new Figure(place, release), Optional.of(Tolerance.rank(holds, (int) level + 1, peers.size())), detail);
    }

    /** "sectors at the southwest border", "field offices nationwide", "nationalities at the southwest border". */
    private static String peerWords(Reading reading) {
        String where = reading.region().where();
        if (reading.peers().orElseThrow() == Dimension.CITIZENSHIP) {
            return "nationalities " + where;
        }
        boolean ports = reading.measure() == Measure.OFO_ENCOUNTERS || reading.measure() == Measure.INADMISSIBLES;
        return (ports ? "field offices " : "sectors ") + where;
    }

    private static String name(AnswerRow row) {
        return row.groupName().orElse(row.group().orElseThrow()).replace(" Sector", "");
    }

    private static String names(List<AnswerRow> ahead) {
        List<String> shown =
                ahead.stream().limit(NAMED_AHEAD).map(PeerRank::name).toList();
        String more = ahead.size() > NAMED_AHEAD ? " and %d more".formatted(ahead.size() - NAMED_AHEAD) : "";
        if (shown.size() == 1) {
            return shown.get(0) + more;
        }
        if (!more.isEmpty()) {
            return String.join(", ", shown) + more;
        }
        return shown.subList(0, shown.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + shown.get(shown.size() - 1);
    }
}

package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.SentenceMentions;
import java.util.regex.Pattern;

/**
 * Whether two places of a sentence lie in one clause: no semicolon, dash, "while" or "but", and no
 * other figure between (a period's year, "in November 2023", is none).
 */
final class Clauses {
    private static final Pattern BREAK = Pattern.compile(";|\\s[—–-]\\s|—|\\b(?:while|whereas|but|even as)\\b|\\n");

    private Clauses() {}

    static boolean same(SentenceMentions mentions, int anchorStart, int anchorEnd, int start, int end) {
        int from = Math.min(anchorEnd, end);
        int to = Math.max(anchorStart, start);
        if (from >= to) {
            return true;
        }
        String between = mentions.text().substring(from, to);
        return !BREAK.matcher(between).find() && !mentions.countBetween(from, to);
    }

    /**
     * Whether a place named before a figure still scopes it across the figures between them: "At the
     * northern border, encounters reached 189,402 in fiscal 2023, up 73% from a year earlier". Only
     * with no break between, and only for a place written before the figure.
     */
    static boolean carried(SentenceMentions mentions, int anchorStart, int end) {
        return end <= anchorStart
                && !BREAK.matcher(mentions.text().substring(end, anchorStart)).find();
    }
}

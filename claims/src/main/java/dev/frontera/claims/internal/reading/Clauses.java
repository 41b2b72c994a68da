package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.SentenceMentions;
import java.util.regex.Pattern;

/** Whether two places of a sentence lie in one clause: no semicolon, dash, "while" or "but", and no other figure between. */
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
        return !BREAK.matcher(between).find() && !mentions.figureBetween(from, to);
    }
}

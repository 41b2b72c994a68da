/**
 * Article text as every reader of it sees it: the sentences ({@link dev.frontera.text.SentenceSplitter}),
 * the month names ({@link dev.frontera.text.MonthNames}) and the day a sentence names
 * ({@link dev.frontera.text.DateWords}). The claims module reads statistics from them, the
 * movements module caravan reports and distances.
 */
package dev.frontera.text;

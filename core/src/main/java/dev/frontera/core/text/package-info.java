/**
 * Article text as every reader of it sees it: the sentences ({@link dev.frontera.core.text.SentenceSplitter}),
 * the month names ({@link dev.frontera.core.text.MonthNames}) and the day a sentence names
 * ({@link dev.frontera.core.text.DateWords}). The claims module reads statistics from them, the
 * movements module caravan reports and distances.
 */
package dev.frontera.core.text;

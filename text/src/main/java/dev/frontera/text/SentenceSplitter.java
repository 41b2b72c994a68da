package dev.frontera.text;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's English model, loaded once. SentenceDetectorME
 * keeps per-call state, so each thread gets its own detector over the shared model.
 *
 * <p>Works paragraph by paragraph, so memory stays bounded for long inputs; paragraphs and
 * sentences longer than {@link #MAX_SENTENCE} are cut at a space. Splits the model makes after
 * abbreviations ("Jan.", "U.S.", "Gov.") are joined again.
 */
public final class SentenceSplitter {
    /** Longer "sentences" are lists or run-on text: cut them so no step sees more than this. */
    public static final int MAX_SENTENCE = 2_000;

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt"
                    + "|st|no|vs|inc|corp|dept|est|approx|fig|jr|sr|u\\.s|u\\.n|d\\.c|a\\.m|p\\.m)\\.|\\b[A-Z]\\.)\\s*$");
    private static final Pattern STARTS_LOWER_OR_DIGIT = Pattern.compile("^[\\p{Ll}\\d(,;]");

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detector;

    private SentenceSplitter(SentenceModel model) {
        this.model = model;
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.model));
    }

    /**
     * The English splitter, its model read once per process: the splitter is immutable and each
     * thread gets its own detector, so the checker and the movements module share it.
     */
    public static SentenceSplitter english() {
        return English.SPLITTER;
    }

    /** Loaded on first use (a holder class), not when the class is. */
    private static final class English {
        static final SentenceSplitter SPLITTER = load();

        private static SentenceSplitter load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new FronteraException(
                            ErrorCode.INTERNAL, "sentence model %s is not on the classpath".formatted(MODEL));
                }
                return new SentenceSplitter(new SentenceModel(in));
            } catch (IOException e) {
                throw new FronteraException(
                        ErrorCode.INTERNAL, "cannot read sentence model %s: %s".formatted(MODEL, e), e);
            }
        }
    }

    /** The sentences of {@code text}, with their offsets. */
    public List<Sentence> split(String text) {
        return split(text, paragraph -> true);
    }

    /**
     * The sentences of the paragraphs that pass {@code worthReading}; the others are skipped
     * without running the model, which keeps long inputs cheap.
     */
    public List<Sentence> split(String text, java.util.function.Predicate<String> worthReading) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = paragraphEnd(text, start);
            for (int chunkStart = start; chunkStart < end; ) {
                int chunkEnd = cut(text, chunkStart, end, MAX_SENTENCE * 10);
                if (worthReading.test(text.substring(chunkStart, chunkEnd))) {
                    splitParagraph(text, chunkStart, chunkEnd, sentences);
                }
                chunkStart = chunkEnd;
            }
            start = end + 1;
        }
        return sentences;
    }

    /**
     * Where the paragraph starting at {@code start} ends: at a line break, unless the line is hard-wrapped
     * text (it does not end a sentence and the next line goes on in lower case), which is joined.
     */
    private static int paragraphEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        while (end >= 0
                && end + 1 < text.length()
                && SOFT_WRAP_BEFORE
                        .matcher(text.substring(Math.max(start, end - 1), end))
                        .matches()
                && Character.isLowerCase(text.charAt(end + 1))) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text.length() : end;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        String paragraph = text.substring(from, to);
        if (paragraph.isBlank()) {
            return;
        }
        Span[] spans = detector.get().sentPosDetect(paragraph);
        List<int[]> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                String before = paragraph.substring(last[0], last[1]);
                String next = paragraph.substring(span.getStart(), span.getEnd());
                if (ENDS_WITH_ABBREVIATION.matcher(before).find()
                                && STARTS_LOWER_OR_DIGIT.matcher(next).find()
                        || endsWithMonthAbbreviation(before) && Character.isDigit(next.charAt(0))) {
                    last[1] = span.getEnd();
                    continue;
                }
            }
            merged.add(new int[] {span.getStart(), span.getEnd()});
        }
        for (int[] sentence : merged) {
            for (int piece = sentence[0]; piece < sentence[1]; ) {
                int pieceEnd = cut(paragraph, piece, sentence[1], MAX_SENTENCE);
                String part = paragraph.substring(piece, pieceEnd);
                int lead = part.length() - part.stripLeading().length();
                String trimmed = part.strip();
                if (!trimmed.isEmpty()) {
                    out.add(new Sentence(trimmed, from + piece + lead));
                }
                piece = pieceEnd;
            }
        }
    }

    private static boolean endsWithMonthAbbreviation(String sentence) {
        return ENDS_WITH_MONTH_ABBREVIATION.matcher(sentence).matches();
    }

    /** The end of a piece of at most {@code max} characters, at a space when one is near. */
    private static int cut(String text, int from, int to, int max) {
        if (to - from <= max) {
            return to;
        }
        int limit = from + max;
        int space = text.lastIndexOf(' ', limit);
        return space > from + max / 2 ? space + 1 : limit;
    }

    private static final Pattern SOFT_WRAP_BEFORE = Pattern.compile("[^.!?:\"”)\\s]");
    // Compiled once: these run for every number found.
    private static final Pattern ENDS_WITH_MONTH_ABBREVIATION =
            Pattern.compile("(?s).*\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.\\s*$");
}

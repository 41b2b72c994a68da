package dev.frontera.data.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of each line of a PDF page with their horizontal place, for tables that leave empty
 * cells blank: a number's column is the header label nearest to it, not its rank in the line.
 */
final class PositionedWords extends PDFTextStripper {
    /** A word and the centre of its box on the page. */
    record Word(String text, float center) {}

    private final List<List<Word>> lines = new ArrayList<>();
    private List<Word> line = new ArrayList<>();

    private PositionedWords() {
        setSortByPosition(true);
    }

    /** The lines of one page (1-based), each a list of words left to right. */
    static List<List<Word>> page(PDDocument document, int page) throws IOException {
        PositionedWords stripper = new PositionedWords();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        stripper.endLine();
        return stripper.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        // A chunk can hold several words when the PDF spaces them with space characters.
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i > start && i <= positions.size()) {
                    TextPosition first = positions.get(start);
                    TextPosition last = positions.get(i - 1);
                    float center = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
                    line.add(new Word(text.substring(start, i), center));
                }
                start = i + 1;
            }
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(line);
            line = new ArrayList<>();
        }
    }
}

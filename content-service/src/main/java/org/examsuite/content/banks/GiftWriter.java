package org.examsuite.content.banks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.examsuite.content.domain.EssayQuestionDraft;
import org.examsuite.content.domain.QuestionDraft;
import org.examsuite.content.domain.SectionDraft;
import org.examsuite.content.domain.TopicDraft;
import org.examsuite.events.content.QuestionType;

/**
 * Writes a topic as GIFT the way Moodle exports it: a {@code $CATEGORY:}, then each question titled
 * {@code ::key::} (with Moodle's {@code // [id:key]} comment), special characters escaped, HTML
 * texts marked {@code [html]}. What GIFT cannot hold is left out with a comment and reported:
 * ordering questions, and cloze questions other than one gap with text after it (GIFT's missing word).
 */
public final class GiftWriter {

    private static final Pattern GAP = Pattern.compile("\\{\\{(\\d+)}}");

    private GiftWriter() {
    }

    public static Banks.Export write(TopicDraft topic) {
        StringBuilder g = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        g.append("// Topic ").append(line(topic.title())).append(" (").append(line(topic.key())).append(")\n")
                .append("// [id:").append(topic.key().replace("]", "\\]")).append("]\n")
                .append("$CATEGORY: ").append(Banks.categoryPath(topic)).append("\n\n");
        for (SectionDraft section : topic.sectionsOrEmpty()) {
            if (!Banks.NOTES_SECTION.equals(section.key())) {
                continue;
            }
            for (SectionDraft.KeyPointDraft point : section.keyPoints()) {
                String name = point.heading() != null ? point.heading() : BankText.visibleText(point.text());
                g.append("::").append(escape(name)).append("::").append(text(point.text(), null)).append("\n\n");
            }
        }
        for (QuestionDraft q : topic.questionsOrEmpty()) {
            if (q.type() == QuestionType.ORDERING) {
                skipped.add(q.key());
                g.append("// ").append(line(q.key())).append(": an ordering question; GIFT has no ordering type, so it is not exported\n\n");
                continue;
            }
            if (q.type() == QuestionType.CLOZE && !missingWord(q)) {
                skipped.add(q.key());
                g.append("// ").append(line(q.key()))
                        .append(": a cloze question with more than one gap or with no text after its gap; GIFT's missing word holds one gap followed by text, so it is not exported\n\n");
                continue;
            }
            g.append("// [id:").append(q.key().replace("]", "\\]")).append("]\n::").append(escape(q.key())).append("::");
            String format = formatOf(q.type() == QuestionType.CLOZE ? q.text() : q.prompt());
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    g.append(text(q.prompt(), null)).append("{\n");
                    long correct = q.options().stream().filter(QuestionDraft.Option::correct).count();
                    String weight = new BigDecimal(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                    for (QuestionDraft.Option o : q.options()) {
                        g.append('\t');
                        if (q.type() == QuestionType.SINGLE_CHOICE) {
                            g.append(o.correct() ? "=" : "~");
                        } else {
                            g.append(o.correct() ? "~%" + weight + "%" : "~%-100%");
                        }
                        g.append(text(o.text(), format));
                        if (o.feedback() != null) {
                            g.append('#').append(text(o.feedback(), format));
                        }
                        g.append('\n');
                    }
                    generalFeedback(g, q.explanation(), format, "\t", "\n");
                    g.append("}\n\n");
                }
                case TRUE_FALSE -> {
                    g.append(text(q.prompt(), null)).append('{').append(q.answer() ? "TRUE" : "FALSE");
                    generalFeedback(g, q.explanation(), format, "", "");
                    g.append("}\n\n");
                }
                case SHORT_ANSWER -> {
                    g.append(text(q.prompt(), null)).append("{\n");
                    for (String answer : q.acceptedAnswers()) {
                        g.append("\t=").append(escape(answer)).append('\n');
                    }
                    generalFeedback(g, q.explanation(), format, "\t", "\n");
                    g.append("}\n\n");
                }
                case MATCHING -> {
                    g.append(text(q.prompt(), null)).append("{\n");
                    for (QuestionDraft.Pair p : q.pairs()) {
                        g.append("\t=").append(text(p.left(), format)).append(" -> ").append(escape(p.right())).append('\n');
                    }
                    generalFeedback(g, q.explanation(), format, "\t", "\n");
                    g.append("}\n\n");
                }
                case CLOZE -> {
                    Matcher m = GAP.matcher(q.text());
                    m.find();
                    StringBuilder answers = new StringBuilder("{");
                    for (String answer : q.gaps().get(0).acceptedAnswers()) {
                        answers.append('=').append(escape(answer)).append(' ');
                    }
                    StringBuilder block = new StringBuilder(answers.toString().trim());
                    generalFeedback(block, q.explanation(), format, "", "");
                    g.append(escape(q.text().substring(0, m.start()))).append(block).append('}')
                            .append(escape(q.text().substring(m.end()))).append("\n\n");
                }
                default -> throw new IllegalStateException("unexpected type " + q.type());
            }
        }
        for (EssayQuestionDraft e : topic.essayQuestionsOrEmpty()) {
            g.append("// [id:").append(e.key().replace("]", "\\]")).append("]\n::").append(escape(e.key())).append("::")
                    .append(text(e.prompt(), null)).append("{}\n\n");
        }
        return new Banks.Export(g.toString(), skipped);
    }

    /** A cloze question GIFT can hold: one gap, with text after it (otherwise it would read as a short answer). */
    private static boolean missingWord(QuestionDraft q) {
        if (q.gaps().size() != 1 || q.text() == null) {
            return false;
        }
        Matcher m = GAP.matcher(q.text());
        return m.find() && !BankText.visibleText(q.text().substring(m.end())).isBlank() && !BankText.looksLikeHtml(q.text());
    }

    private static void generalFeedback(StringBuilder g, String explanation, String format, String indent, String end) {
        if (explanation != null) {
            g.append(indent).append("####").append(text(explanation, format)).append(end);
        }
    }

    private static String formatOf(String stored) {
        return BankText.looksLikeHtml(stored) ? "html" : "moodle";
    }

    /**
     * A stored text in GIFT: HTML marked {@code [html]} (plain text needs no mark: it is Moodle's
     * default format) unless the question's own text is already in that format.
     */
    private static String text(String stored, String questionFormat) {
        String format = formatOf(stored);
        String marker = format.equals(questionFormat == null ? "moodle" : questionFormat) ? "" : "[" + format + "]";
        return marker + escape(stored);
    }

    /** GIFT's escapes, as Moodle writes them; newlines as \n so a text never breaks a question in two. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String line(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}

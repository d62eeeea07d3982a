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

/**
 * Writes a topic as Moodle XML the way Moodle exports it: a category question (the topic's key as
 * its id number), the topic's bank notes as description questions, then each question in Moodle's
 * type, texts as HTML in CDATA, keys in {@code <idnumber>}. Ordering questions have no standard
 * Moodle type: they are left out, with a comment, and reported.
 */
public final class MoodleXmlWriter {

    private static final Pattern GAP = Pattern.compile("\\{\\{(\\d+)}}");

    private MoodleXmlWriter() {
    }

    public static Banks.Export write(TopicDraft topic) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<String> skipped = new ArrayList<>();
        x.append("<!-- question: 0  -->\n  <question type=\"category\">\n    <category>\n      <text>")
                .append(escape(Banks.categoryPath(topic))).append("</text>\n    </category>\n")
                .append("    <info format=\"html\">\n      <text></text>\n    </info>\n")
                .append("    <idnumber>").append(escape(topic.key())).append("</idnumber>\n  </question>\n\n");
        for (SectionDraft section : topic.sectionsOrEmpty()) {
            if (!Banks.NOTES_SECTION.equals(section.key())) {
                continue;
            }
            for (SectionDraft.KeyPointDraft point : section.keyPoints()) {
                String name = point.heading() != null ? point.heading() : BankText.visibleText(point.text());
                open(x, "description", name, point.text(), null);
                x.append("    <defaultgrade>0</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n    <idnumber></idnumber>\n");
                x.append("  </question>\n\n");
            }
        }
        for (QuestionDraft q : topic.questionsOrEmpty()) {
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(x, q);
                case TRUE_FALSE -> trueFalse(x, q);
                case SHORT_ANSWER -> shortAnswer(x, q);
                case MATCHING -> matching(x, q);
                case CLOZE -> cloze(x, q);
                case ORDERING -> {
                    skipped.add(q.key());
                    x.append("<!-- ").append(comment(q.key()))
                            .append(": an ordering question; Moodle has no standard ordering type, so it is not exported -->\n\n");
                }
            }
        }
        for (EssayQuestionDraft e : topic.essayQuestionsOrEmpty()) {
            essay(x, e);
        }
        return new Banks.Export(x.append("</quiz>\n").toString(), skipped);
    }

    private static void choice(StringBuilder x, QuestionDraft q) {
        boolean single = q.type() == org.examsuite.events.content.QuestionType.SINGLE_CHOICE;
        header(x, "multichoice", q, "1", "0.3333333");
        x.append("    <single>").append(single).append("</single>\n")
                .append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n")
                .append("    <showstandardinstruction>0</showstandardinstruction>\n");
        combinedFeedback(x);
        long correct = q.options().stream().filter(QuestionDraft.Option::correct).count();
        String right = single ? "100" : new BigDecimal(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String wrong = single ? "0" : "-100";
        for (QuestionDraft.Option o : q.options()) {
            x.append("    <answer fraction=\"").append(o.correct() ? right : wrong).append("\" format=\"html\">\n");
            text(x, "      ", o.text());
            x.append("      <feedback format=\"html\">\n");
            text(x, "        ", o.feedback());
            x.append("      </feedback>\n    </answer>\n");
        }
        x.append("  </question>\n\n");
    }

    private static void trueFalse(StringBuilder x, QuestionDraft q) {
        header(x, "truefalse", q, "1", "1");
        for (boolean value : new boolean[] {true, false}) {
            x.append("    <answer fraction=\"").append(value == q.answer() ? "100" : "0").append("\" format=\"moodle_auto_format\">\n")
                    .append("      <text>").append(value).append("</text>\n")
                    .append("      <feedback format=\"html\">\n        <text></text>\n      </feedback>\n    </answer>\n");
        }
        x.append("  </question>\n\n");
    }

    private static void shortAnswer(StringBuilder x, QuestionDraft q) {
        header(x, "shortanswer", q, "1", "0.3333333");
        x.append("    <usecase>").append(Boolean.TRUE.equals(q.caseSensitive()) ? 1 : 0).append("</usecase>\n");
        for (String answer : q.acceptedAnswers()) {
            x.append("    <answer fraction=\"100\" format=\"moodle_auto_format\">\n      <text>").append(escape(answer)).append("</text>\n")
                    .append("      <feedback format=\"html\">\n        <text></text>\n      </feedback>\n    </answer>\n");
        }
        x.append("  </question>\n\n");
    }

    private static void matching(StringBuilder x, QuestionDraft q) {
        header(x, "matching", q, "1", "0.3333333");
        x.append("    <shuffleanswers>true</shuffleanswers>\n");
        combinedFeedback(x);
        for (QuestionDraft.Pair p : q.pairs()) {
            x.append("    <subquestion format=\"html\">\n");
            text(x, "      ", p.left());
            x.append("      <answer>\n        <text>").append(escape(p.right())).append("</text>\n      </answer>\n    </subquestion>\n");
        }
        x.append("  </question>\n\n");
    }

    private static void cloze(StringBuilder x, QuestionDraft q) {
        String html = BankText.toHtml(q.text());
        Matcher m = GAP.matcher(html);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            QuestionDraft.Gap gap = q.gaps().stream().filter(g -> g.number() == n).findFirst().orElseThrow();
            m.appendReplacement(text, Matcher.quoteReplacement(BankText.escape(ClozeSyntax.shortAnswerGap(gap.acceptedAnswers()))));
        }
        m.appendTail(text);
        x.append("  <question type=\"cloze\">\n    <name>\n      <text>").append(escape(q.key())).append("</text>\n    </name>\n")
                .append("    <questiontext format=\"html\">\n      <text>").append(cdata(text.toString())).append("</text>\n    </questiontext>\n")
                .append("    <generalfeedback format=\"html\">\n");
        text(x, "      ", q.explanation());
        x.append("    </generalfeedback>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n")
                .append("    <idnumber>").append(escape(q.key())).append("</idnumber>\n  </question>\n\n");
    }

    private static void essay(StringBuilder x, EssayQuestionDraft e) {
        open(x, "essay", e.key(), e.prompt(), null);
        x.append("    <defaultgrade>").append(e.marks()).append("</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n")
                .append("    <idnumber>").append(escape(e.key())).append("</idnumber>\n")
                .append("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n")
                .append("    <responsefieldlines>15</responsefieldlines>\n    <minwordlimit></minwordlimit>\n    <maxwordlimit></maxwordlimit>\n")
                .append("    <attachments>0</attachments>\n    <attachmentsrequired>0</attachmentsrequired>\n    <maxbytes>0</maxbytes>\n")
                .append("    <filetypeslist></filetypeslist>\n    <graderinfo format=\"html\">\n");
        text(x, "      ", e.guidance());
        x.append("    </graderinfo>\n    <responsetemplate format=\"html\">\n      <text></text>\n    </responsetemplate>\n  </question>\n\n");
    }

    private static void header(StringBuilder x, String type, QuestionDraft q, String grade, String penalty) {
        open(x, type, q.key(), q.prompt(), q.explanation());
        x.append("    <defaultgrade>").append(grade).append("</defaultgrade>\n    <penalty>").append(penalty).append("</penalty>\n")
                .append("    <hidden>0</hidden>\n    <idnumber>").append(escape(q.key())).append("</idnumber>\n");
    }

    /** The question element, its name, text and general feedback. */
    private static void open(StringBuilder x, String type, String name, String text, String generalFeedback) {
        x.append("  <question type=\"").append(type).append("\">\n    <name>\n      <text>").append(escape(name)).append("</text>\n    </name>\n")
                .append("    <questiontext format=\"html\">\n");
        text(x, "      ", text);
        x.append("    </questiontext>\n    <generalfeedback format=\"html\">\n");
        text(x, "      ", generalFeedback);
        x.append("    </generalfeedback>\n");
    }

    private static void combinedFeedback(StringBuilder x) {
        for (String f : new String[] {"correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"}) {
            x.append("    <").append(f).append(" format=\"html\">\n      <text></text>\n    </").append(f).append(">\n");
        }
    }

    private static void text(StringBuilder x, String indent, String stored) {
        String html = BankText.toHtml(stored);
        x.append(indent).append("<text>").append(html.isEmpty() ? "" : cdata(html)).append("</text>\n");
    }

    /** CDATA, split where the text itself holds the end marker. */
    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String comment(String text) {
        return text.replace("--", "- -");
    }
}

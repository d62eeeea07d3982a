package org.examsuite.content.banks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded answers (cloze) syntax: {@code {1:SHORTANSWER:=Paris~%50%paris#feedback}}.
 * Short-answer gaps keep their fully correct answers; multiple-choice gaps become text gaps that
 * accept their correct options; exact numerical gaps accept the number. Multiple-response gaps and
 * numerical gaps with a tolerance have no equivalent.
 */
final class ClozeSyntax {

    private static final Pattern START = Pattern.compile("\\{(\\d*):([A-Za-z_]+):");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    private ClozeSyntax() {
    }

    /** The text with each embedded answer replaced by {@code {{n}}}, and the gaps' accepted answers. */
    record Parsed(String text, List<List<String>> gaps, List<String> notes, String unmappable) {
    }

    static Parsed parse(String raw) {
        StringBuilder text = new StringBuilder();
        List<List<String>> gaps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String unmappable = null;
        Matcher m = START.matcher(raw);
        int at = 0;
        while (m.find(at)) {
            int end = closing(raw, m.end());
            if (end < 0) {
                throw new IllegalArgumentException("the embedded answer " + shorten(raw.substring(m.start())) + " is not closed with }");
            }
            String type = m.group(2).toUpperCase(Locale.ROOT);
            int gap = gaps.size() + 1;
            List<Answer> answers = answers(raw.substring(m.end(), end));
            text.append(raw, at, m.start()).append("{{").append(gap).append("}}");
            at = end + 1;
            List<String> accepted = new ArrayList<>();
            switch (kind(type)) {
                case SHORT, SHORT_CASE, CHOICE -> {
                    for (Answer a : answers) {
                        if (a.percent >= 100) {
                            accepted.add(a.text);
                        } else if (a.percent > 0) {
                            notes.add("gap " + gap + ": answer '" + a.text + "' (" + Drafts.percent(a.percent) + ") skipped: partial credit is not kept");
                        }
                    }
                    if (kind(type) == Kind.SHORT_CASE) {
                        notes.add("gap " + gap + ": case sensitivity not kept (cloze gaps are marked case-insensitively)");
                    }
                    if (kind(type) == Kind.CHOICE && answers.stream().anyMatch(a -> a.percent < 100)) {
                        notes.add("gap " + gap + ": a multiple-choice gap becomes a text gap accepting its correct options; the wrong options are dropped");
                    }
                }
                case NUMBER -> {
                    for (Answer a : answers) {
                        String[] valueTolerance = a.text.split(":", 2);
                        boolean exact = valueTolerance.length == 1 || isZero(valueTolerance[1]);
                        if (a.percent >= 100 && exact) {
                            accepted.add(valueTolerance[0].trim());
                        } else if (a.percent >= 100) {
                            unmappable = "gap " + gap + ": a numerical answer with a tolerance (" + a.text + ") cannot be marked as a text gap";
                        } else if (a.percent > 0) {
                            notes.add("gap " + gap + ": answer '" + a.text + "' (" + Drafts.percent(a.percent) + ") skipped: partial credit is not kept");
                        }
                    }
                }
                case MULTI_RESPONSE -> unmappable = "gap " + gap + ": a multiple-response gap (" + type + ") has no equivalent in a cloze question";
                case UNKNOWN -> unmappable = "gap " + gap + ": unknown embedded answer type " + type;
            }
            if (unmappable == null && accepted.isEmpty()) {
                unmappable = "gap " + gap + ": no fully correct answer";
            }
            if (answers.stream().anyMatch(a -> a.feedback != null && !a.feedback.isBlank())) {
                notes.add("gap " + gap + ": feedback on the gap's answers is not kept");
            }
            gaps.add(accepted);
        }
        text.append(raw.substring(at));
        return new Parsed(text.toString(), gaps, notes, unmappable);
    }

    /** A gap in the syntax, for export: every accepted answer full marks. */
    static String shortAnswerGap(List<String> accepted) {
        StringBuilder gap = new StringBuilder("{1:SHORTANSWER:");
        for (int i = 0; i < accepted.size(); i++) {
            gap.append(i == 0 ? "=" : "~=").append(escape(accepted.get(i)));
        }
        return gap.append('}').toString();
    }

    static String escape(String answer) {
        StringBuilder out = new StringBuilder();
        for (char c : answer.toCharArray()) {
            if ("\\}#~/\"".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private enum Kind { SHORT, SHORT_CASE, NUMBER, CHOICE, MULTI_RESPONSE, UNKNOWN }

    private static Kind kind(String type) {
        return switch (type) {
            case "SHORTANSWER", "SA", "MW" -> Kind.SHORT;
            case "SHORTANSWER_C", "SAC", "MWC" -> Kind.SHORT_CASE;
            case "NUMERICAL", "NM" -> Kind.NUMBER;
            case "MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS",
                    "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS" -> Kind.CHOICE;
            case "MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS" -> Kind.MULTI_RESPONSE;
            default -> Kind.UNKNOWN;
        };
    }

    private record Answer(String text, double percent, String feedback) {
    }

    private static List<Answer> answers(String body) {
        List<Answer> answers = new ArrayList<>();
        for (String part : split(body, '~')) {
            double percent = 0;
            String rest = part;
            if (rest.startsWith("=")) {
                percent = 100;
                rest = rest.substring(1);
            } else {
                Matcher w = WEIGHT.matcher(rest);
                if (w.find()) {
                    percent = Double.parseDouble(w.group(1));
                    rest = rest.substring(w.end());
                }
            }
            List<String> textFeedback = split(rest, '#');
            String text = unescape(textFeedback.get(0)).trim();
            String feedback = textFeedback.size() > 1 ? unescape(String.join("#", textFeedback.subList(1, textFeedback.size()))).trim() : null;
            text = org.jsoup.parser.Parser.unescapeEntities(text, false);
            if (!text.isEmpty()) {
                answers.add(new Answer(text, percent, feedback));
            }
        }
        return answers;
    }

    private static int closing(String raw, int from) {
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Splits on unescaped {@code sep}, keeping escapes for {@link #unescape}. */
    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                part.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\}#~/\"".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isZero(String tolerance) {
        try {
            return Double.parseDouble(tolerance.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

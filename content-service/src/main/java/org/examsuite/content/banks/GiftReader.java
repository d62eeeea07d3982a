package org.examsuite.content.banks;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT (docs.moodle.org, "GIFT format"), following Moodle's own importer: questions separated
 * by blank lines, {@code //} comment lines (with Moodle's {@code [id:…]} for id numbers),
 * {@code $CATEGORY:}, {@code ::title::}, {@code [html]}/{@code [moodle]}/{@code [plain]}/{@code [markdown]}
 * text formats, one answer block {@code {…}} per question, {@code #feedback}, {@code ####general feedback},
 * {@code %50%} weights and the escapes {@code \~ \= \# \{ \} \: \\ \n}. A malformed question is
 * refused with the line at fault.
 */
public final class GiftReader {

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^]\\p{Cntrl}])+)]");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final int maxQuestions;

    public GiftReader(int maxQuestions) {
        this.maxQuestions = maxQuestions;
    }

    public BankFile read(byte[] bytes, String charset) {
        List<String> fileNotes = new ArrayList<>();
        String text = decode(bytes, charset, fileNotes);
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<BankFile.Entry> entries = new ArrayList<>();
        List<BankFile.EmbeddedFile> files = new ArrayList<>();
        BankFile.Category category = null;
        int start = -1;
        int questions = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].trim().isEmpty();
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                Block block = new Block(lines, start, i);
                start = -1;
                if (block.text.isEmpty()) {
                    continue;
                }
                if (block.text.startsWith("$CATEGORY:")) {
                    int eol = block.text.indexOf("\n", 0);
                    Esc line = eol < 0 ? block.text : block.text.sub(0, eol);
                    String path = line.sub(10, line.length()).trim().str();
                    if (path.isEmpty()) {
                        throw new BankFormatException("line " + block.text.lineAt(0), "$CATEGORY: needs a category path");
                    }
                    category = new BankFile.Category(path, block.id);
                    if (eol < 0) {
                        continue;
                    }
                    block = block.rest(eol + 1);
                    if (block.text.isEmpty()) {
                        continue;
                    }
                }
                if (++questions > maxQuestions) {
                    throw new TooManyQuestionsException(maxQuestions);
                }
                entries.add(question(block, category, files));
            }
        }
        return new BankFile("gift", entries, files, fileNotes);
    }

    private static String decode(byte[] bytes, String charset, List<String> notes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (charset != null) {
            try {
                return new String(bytes, Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                throw new BankFormatException("charset", "unknown character set " + charset);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add("the file is not valid UTF-8 and names no character set; it was read as windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private BankFile.Entry question(Block block, BankFile.Category category, List<BankFile.EmbeddedFile> files) {
        Esc text = block.text;
        String where = "line " + text.lineAt(0);
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new BankFormatException(where, "the question title opened with :: is not closed with ::");
            }
            title = text.sub(2, end).trim().str();
            text = text.sub(end + 2, text.length()).trim();
        }
        int open = text.indexOf("{", 0);
        int close = text.indexOf("}", 0);
        if (open < 0 && close >= 0) {
            throw new BankFormatException("line " + text.lineAt(close), "} closes no answer block (write \\} for a brace in the text)");
        }
        if (open >= 0 && close < 0) {
            throw new BankFormatException("line " + text.lineAt(open), "the answer block opened with { is not closed with }");
        }
        if (open >= 0 && close < open) {
            throw new BankFormatException("line " + text.lineAt(close), "} closes no answer block (write \\} for a brace in the text)");
        }
        if (open >= 0) {
            int nested = text.indexOf("{", open + 1);
            if (nested >= 0 && nested < close) {
                throw new BankFormatException("line " + text.lineAt(nested), "{ inside an answer block (write \\{ for a brace)");
            }
            int second = Math.max(text.indexOf("{", close + 1) , text.indexOf("}", close + 1));
            if (second >= 0) {
                throw new BankFormatException("line " + text.lineAt(second), "a second answer block: a GIFT question has one (write \\{ and \\} for braces in the text)");
            }
        }
        String name = title;
        if (open < 0) {
            Formatted description = formatted(text.str(), "moodle");
            String note = BankText.from(description.format, description.text);
            if (note == null) {
                throw new BankFormatException(where, "the question has no text");
            }
            return entry(where, category, name == null ? defaultName(note) : name, block.id, "description", new BankFile.Note(note), List.of());
        }
        Esc before = text.sub(0, open);
        Esc after = text.sub(close + 1, text.length());
        Esc answer = text.sub(open + 1, close).trim();
        String generalFeedback = null;
        int gf = answer.lastIndexOf("####");
        if (gf >= 0) {
            generalFeedback = answer.sub(gf + 4, answer.length()).trim().str();
            answer = answer.sub(0, gf).trim();
        }
        boolean missingWord = !after.trim().isEmpty();
        Formatted questionText = formatted(before.str() + (missingWord ? "\u0000" : "") + after.str(), "moodle");
        String format = questionText.format;
        files.addAll(inlineImages(name, questionText.text));
        String prompt = BankText.from(format, questionText.text.replace("\u0000", "_____"));
        String clozeText = BankText.from(format, questionText.text.replace("\u0000", "{{1}}"));
        if (prompt == null) {
            throw new BankFormatException("line " + text.lineAt(open), "the question has no text before its answers");
        }
        if (name == null) {
            name = defaultName(prompt);
        }
        String explanation = generalFeedback == null ? null : text(generalFeedback, format);
        List<String> notes = new ArrayList<>();
        String a = answer.str();
        String type;
        BankFile.Mapped mapped = null;
        String skip = null;
        if (a.isEmpty()) {
            type = "essay";
            mapped = new BankFile.Essay(prompt, null, false);
        } else if (a.charAt(0) == '#') {
            type = "numerical";
            List<String> accepted = new ArrayList<>();
            skip = numerical(answer.sub(1, answer.length()), accepted, notes);
            if (skip == null) {
                mapped = shortOrCloze(missingWord, prompt, clozeText, explanation, accepted);
            }
        } else if (answer.indexOf("~", 0) >= 0) {
            type = "multichoice";
            List<Drafts.Choice> choices = new ArrayList<>();
            boolean marked = choices(answer, format, choices);
            ChoiceMapping.Mode mode = marked ? ChoiceMapping.Mode.MARKED : ChoiceMapping.Mode.MULTIPLE;
            var draft = ChoiceMapping.map(choices, mode, prompt, explanation, notes);
            if (draft.isPresent()) {
                mapped = new BankFile.Recall(draft.get(), true, true);
            } else {
                skip = ChoiceMapping.reason(choices, mode);
            }
        } else if (answer.indexOf("=", 0) >= 0 && answer.indexOf("->", 0) >= 0) {
            type = "matching";
            List<String[]> pairs = new ArrayList<>();
            int distractors = 0;
            for (Esc part : parts(answer, '=', "a matching answer must start with =")) {
                Esc pair = part.sub(1, part.length());
                int arrow = pair.indexOf("->", 0);
                if (arrow < 0) {
                    throw new BankFormatException("line " + part.lineAt(0), "a matching pair needs -> between its two sides");
                }
                String left = text(pair.sub(0, arrow).trim().str(), format);
                String right = pair.sub(arrow + 2, pair.length()).trim().str();
                if (right.isEmpty()) {
                    throw new BankFormatException("line " + part.lineAt(0), "a matching pair needs an answer after ->");
                }
                if (left == null) {
                    distractors++;
                } else {
                    pairs.add(new String[] {left, right});
                }
            }
            if (pairs.size() + distractors < 2) {
                throw new BankFormatException("line " + answer.lineAt(0), "a matching question needs at least two pairs");
            }
            if (distractors > 0) {
                notes.add(distractors + " extra wrong answer(s) dropped: a matching question here pairs every right-hand item");
            }
            mapped = new BankFile.Recall(Drafts.matching(prompt, explanation, pairs), true, true);
        } else if (trueFalse(a) != null) {
            type = "truefalse";
            List<Esc> bits = answer.split('#');
            if (bits.size() > 1 && bits.stream().skip(1).anyMatch(b -> !b.trim().isEmpty())) {
                notes.add("feedback on the true and false answers is not kept (a true/false question has only its explanation)");
            }
            mapped = new BankFile.Recall(Drafts.trueFalse(prompt, explanation, trueFalse(a)), true, true);
        } else {
            type = "shortanswer";
            List<String> accepted = new ArrayList<>();
            for (Esc part : parts(answer, '=', "a short answer must start with =")) {
                Esc rest = part.sub(1, part.length()).trim();
                double weight = 100;
                Matcher w = WEIGHT.matcher(rest.str());
                if (w.find()) {
                    weight = Double.parseDouble(w.group(1));
                    rest = rest.sub(w.end(), rest.length());
                }
                List<Esc> bits = rest.split('#');
                String value = bits.get(0).trim().str();
                if (value.isEmpty()) {
                    throw new BankFormatException("line " + part.lineAt(0), "an answer is empty");
                }
                if (weight >= 100) {
                    accepted.add(value);
                } else if (weight > 0) {
                    notes.add("answer '" + value + "' (" + Drafts.percent(weight) + ") skipped as a variant: partial credit for short answers is not supported");
                }
                if (bits.size() > 1 && !bits.get(1).trim().isEmpty()) {
                    notes.add("feedback on answer '" + value + "' is not kept");
                }
            }
            if (accepted.isEmpty()) {
                skip = "no fully correct answer";
            } else {
                mapped = shortOrCloze(missingWord, prompt, clozeText, explanation, accepted);
            }
        }
        if (skip != null) {
            return new BankFile.Entry(where, category, name, block.id, type, null, skip, notes);
        }
        return entry(where, category, name, block.id, type, mapped, notes);
    }

    private static BankFile.Entry entry(String where, BankFile.Category category, String name, String id, String type,
            BankFile.Mapped mapped, List<String> notes) {
        return new BankFile.Entry(where, category, name, id, type, mapped, null, notes);
    }

    /** Short-answer answers: a missing-word question (text after the braces) is a cloze with one gap. */
    private static BankFile.Mapped shortOrCloze(boolean missingWord, String prompt, String clozeText, String explanation, List<String> accepted) {
        if (missingWord) {
            return new BankFile.Recall(Drafts.cloze(Banks.DEFAULT_CLOZE_PROMPT, explanation, clozeText, List.of(accepted)), false, false);
        }
        return new BankFile.Recall(Drafts.shortAnswer(prompt, explanation, accepted, false), true, false);
    }

    /** Multiple-choice answers; true when any is marked {@code =}. */
    private boolean choices(Esc answer, String format, List<Drafts.Choice> choices) {
        boolean marked = false;
        List<Esc> parts = new ArrayList<>();
        int from = -1;
        for (int i = 0; i < answer.length(); i++) {
            if (!answer.lit[i] && (answer.s.charAt(i) == '~' || answer.s.charAt(i) == '=')) {
                if (from >= 0) {
                    parts.add(answer.sub(from, i));
                } else if (!answer.sub(0, i).trim().isEmpty()) {
                    throw new BankFormatException("line " + answer.lineAt(0), "an answer must start with = (right) or ~ (wrong)");
                }
                from = i;
            }
        }
        parts.add(answer.sub(from, answer.length()));
        for (Esc part : parts) {
            Esc rest = part.sub(1, part.length()).trim();
            double weight = 0;
            if (part.s.charAt(0) == '=') {
                marked = true;
                weight = 100;
            } else {
                Matcher w = WEIGHT.matcher(rest.str());
                if (w.find()) {
                    weight = Double.parseDouble(w.group(1));
                    rest = rest.sub(w.end(), rest.length()).trim();
                }
            }
            List<Esc> bits = rest.split('#');
            String text = text(bits.get(0).trim().str(), format);
            if (text == null) {
                throw new BankFormatException("line " + part.lineAt(0), "an answer is empty");
            }
            String feedback = bits.size() > 1 ? text(rest.sub(bits.get(0).length() + 1, rest.length()).trim().str(), format) : null;
            choices.add(new Drafts.Choice(text, weight, feedback));
        }
        if (choices.size() < 2) {
            throw new BankFormatException("line " + answer.lineAt(0), "a multiple-choice question needs at least two answers");
        }
        return marked;
    }

    /** Numerical answers ({@code #} removed): exact ones are accepted, ranges and tolerances make it unmappable. */
    private static String numerical(Esc body, List<String> accepted, List<String> notes) {
        int wrong = body.indexOf("~", 0);
        if (wrong >= 0) {
            body = body.sub(0, wrong);
            notes.add("feedback for wrong answers is not kept");
        }
        body = body.trim();
        List<Esc> parts = new ArrayList<>();
        if (!body.startsWith("=")) {
            int eq = body.indexOf("=", 0);
            parts.add(body.sub(0, eq < 0 ? body.length() : eq));
            body = eq < 0 ? body.sub(body.length(), body.length()) : body.sub(eq, body.length());
        }
        if (!body.isEmpty()) {
            for (Esc part : body.split('=')) {
                if (!part.trim().isEmpty()) {
                    parts.add(part);
                }
            }
        }
        String skip = null;
        for (Esc part : parts) {
            Esc rest = part.trim();
            double weight = 100;
            Matcher w = WEIGHT.matcher(rest.str());
            if (w.find()) {
                weight = Double.parseDouble(w.group(1));
                rest = rest.sub(w.end(), rest.length());
            }
            List<Esc> bits = rest.split('#');
            String value = bits.get(0).trim().str();
            if (bits.size() > 1 && !bits.get(1).trim().isEmpty()) {
                notes.add("feedback on answer " + value + " is not kept");
            }
            String where = "line " + part.lineAt(0);
            if (value.contains("..")) {
                String[] range = value.split("\\.\\.", 2);
                requireNumber(range[0], where);
                requireNumber(range[1], where);
                skip = skip != null ? skip : "a numerical range (" + value + ") cannot be marked as a short answer";
            } else if (value.contains(":")) {
                String[] vt = value.split(":", 2);
                requireNumber(vt[0], where);
                requireNumber(vt[1], where);
                if (Double.parseDouble(vt[1].trim()) != 0) {
                    skip = skip != null ? skip : "a numerical answer with a tolerance (" + vt[0].trim() + " ± " + vt[1].trim() + ") cannot be marked as a short answer";
                } else if (weight >= 100) {
                    accepted.add(vt[0].trim());
                }
            } else {
                requireNumber(value, where);
                if (weight >= 100) {
                    accepted.add(value);
                } else if (weight > 0) {
                    notes.add("answer " + value + " (" + Drafts.percent(weight) + ") skipped as a variant: partial credit is not supported");
                }
            }
        }
        if (parts.isEmpty()) {
            throw new BankFormatException("line " + body.lineAt(0), "a numerical question needs an answer after #");
        }
        if (skip == null && accepted.isEmpty()) {
            skip = "no exact fully correct numerical answer";
        }
        return skip;
    }

    private static void requireNumber(String value, String where) {
        if (!NUMBER.matcher(value.trim()).matches()) {
            throw new BankFormatException(where, "'" + value.trim() + "' is not a number");
        }
    }

    private static List<Esc> parts(Esc answer, char marker, String message) {
        List<Esc> parts = new ArrayList<>();
        int from = -1;
        for (int i = 0; i < answer.length(); i++) {
            if (!answer.lit[i] && answer.s.charAt(i) == marker) {
                if (from >= 0) {
                    parts.add(answer.sub(from, i));
                } else if (!answer.sub(0, i).trim().isEmpty()) {
                    throw new BankFormatException("line " + answer.lineAt(0), message);
                }
                from = i;
            }
        }
        if (from < 0) {
            throw new BankFormatException("line " + answer.lineAt(0), message);
        }
        parts.add(answer.sub(from, answer.length()));
        return parts;
    }

    private static Boolean trueFalse(String answer) {
        int hash = answer.indexOf('#');
        String check = (hash > 0 ? answer.substring(0, hash) : answer).trim();
        return switch (check) {
            case "T", "TRUE" -> Boolean.TRUE;
            case "F", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    private record Formatted(String format, String text) {
    }

    private static Formatted formatted(String text, String defaultFormat) {
        String t = text.strip();
        Matcher m = FORMAT.matcher(t);
        if (m.find()) {
            return new Formatted(m.group(1), t.substring(m.end()).strip());
        }
        return new Formatted(defaultFormat, t);
    }

    /** An answer or feedback text, in its own [format] or the question's. */
    private static String text(String raw, String questionFormat) {
        Formatted f = formatted(raw, questionFormat);
        return BankText.from(f.format, f.text);
    }

    private static List<BankFile.EmbeddedFile> inlineImages(String name, String text) {
        List<BankFile.EmbeddedFile> files = new ArrayList<>();
        int n = BankText.inlineImages(text);
        for (int i = 1; i <= n; i++) {
            files.add(new BankFile.EmbeddedFile(name == null ? "(untitled)" : name, "inline image " + i + " (data URI)", 0));
        }
        return files;
    }

    /** Moodle names an untitled question after the start of its text. */
    private static String defaultName(String text) {
        String visible = BankText.visibleText(text).replaceAll("\\s+", " ").trim();
        return visible.length() > 60 ? visible.substring(0, 60).trim() + "…" : visible;
    }

    /** The lines of one question: comments removed (their [id:…] kept), escapes resolved. */
    private static final class Block {
        final Esc text;
        final String id;

        Block(String[] lines, int from, int to) {
            StringBuilder comments = new StringBuilder();
            List<String> kept = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String line = lines[i];
                if (line.trim().startsWith("//")) {
                    comments.append(line.trim()).append('\n');
                    kept.add("");
                } else {
                    kept.add(line);
                }
            }
            Matcher m = ID.matcher(comments);
            this.id = m.find() ? m.group(1).replace("\\]", "]").trim() : null;
            this.text = Esc.of(kept, from + 1).trim();
        }

        private Block(Esc text, String id) {
            this.text = text;
            this.id = id;
        }

        Block rest(int from) {
            return new Block(text.sub(from, text.length()).trim(), id);
        }
    }

    /** Text with GIFT's escapes resolved, remembering which characters were escaped and each one's line. */
    static final class Esc {
        final String s;
        final boolean[] lit;
        final int[] line;

        private Esc(String s, boolean[] lit, int[] line) {
            this.s = s;
            this.lit = lit;
            this.line = line;
        }

        static Esc of(List<String> lines, int firstLine) {
            StringBuilder s = new StringBuilder();
            List<Boolean> lit = new ArrayList<>();
            List<Integer> lineOf = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                String text = lines.get(l);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < text.length() && "\\:#={}~n".indexOf(text.charAt(i + 1)) >= 0) {
                        char e = text.charAt(++i);
                        s.append(e == 'n' ? '\n' : e);
                        lit.add(true);
                    } else {
                        s.append(c);
                        lit.add(false);
                    }
                    lineOf.add(firstLine + l);
                }
                if (l < lines.size() - 1) {
                    s.append('\n');
                    lit.add(false);
                    lineOf.add(firstLine + l);
                }
            }
            boolean[] litArray = new boolean[lit.size()];
            int[] lineArray = new int[lineOf.size()];
            for (int i = 0; i < litArray.length; i++) {
                litArray[i] = lit.get(i);
                lineArray[i] = lineOf.get(i);
            }
            return new Esc(s.toString(), litArray, lineArray);
        }

        int length() {
            return s.length();
        }

        boolean isEmpty() {
            return s.isEmpty();
        }

        String str() {
            return s;
        }

        int lineAt(int i) {
            if (line.length == 0) {
                return 0;
            }
            return line[Math.max(0, Math.min(i, line.length - 1))];
        }

        boolean startsWith(String token) {
            return indexOf(token, 0) == 0;
        }

        int indexOf(String token, int from) {
            for (int i = s.indexOf(token, from); i >= 0; i = s.indexOf(token, i + 1)) {
                if (unescaped(i, token.length())) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(String token) {
            for (int i = s.lastIndexOf(token); i >= 0; i = s.lastIndexOf(token, i - 1)) {
                if (unescaped(i, token.length())) {
                    return i;
                }
            }
            return -1;
        }

        private boolean unescaped(int at, int length) {
            for (int k = at; k < at + length; k++) {
                if (lit[k]) {
                    return false;
                }
            }
            return true;
        }

        Esc sub(int from, int to) {
            return new Esc(s.substring(from, to), java.util.Arrays.copyOfRange(lit, from, to), java.util.Arrays.copyOfRange(line, from, to));
        }

        Esc trim() {
            int a = 0;
            int b = s.length();
            while (a < b && Character.isWhitespace(s.charAt(a)) && !lit[a]) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1)) && !lit[b - 1]) {
                b--;
            }
            return a == 0 && b == s.length() ? this : sub(a, b);
        }

        List<Esc> split(char separator) {
            List<Esc> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == separator && !lit[i]) {
                    parts.add(sub(from, i));
                    from = i + 1;
                }
            }
            parts.add(sub(from, s.length()));
            return parts;
        }
    }
}

package org.examsuite.content.banks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.examsuite.content.domain.QuestionDraft;
import org.examsuite.events.content.QuestionType;

/**
 * Reads Moodle XML (docs.moodle.org, "Moodle XML format"): a {@code <quiz>} of {@code <question type="…">}
 * elements. The parser refuses any DTD, so neither external entities (XXE) nor entity expansion
 * (billion laughs) can happen; the character set comes from the byte order mark or the XML
 * declaration. A file that is not well formed, or whose elements are not where Moodle puts them,
 * is refused naming the element path at fault.
 */
public final class MoodleXmlReader {

    private static final Map<String, String> UNMAPPABLE = Map.ofEntries(
            Map.entry("calculated", "calculated questions draw values from datasets at quiz time; the suite has no calculated type"),
            Map.entry("calculatedsimple", "calculated questions draw values from datasets at quiz time; the suite has no calculated type"),
            Map.entry("calculatedmulti", "calculated multiple-choice questions draw values from datasets at quiz time; the suite has no calculated type"),
            Map.entry("ddwtos", "drag-and-drop into text has no equivalent type in the suite"),
            Map.entry("ddimageortext", "drag-and-drop onto an image has no equivalent type in the suite"),
            Map.entry("ddmarker", "drag-and-drop markers on an image have no equivalent type in the suite"),
            Map.entry("gapselect", "select-missing-words questions (a drop-down per gap) have no equivalent type in the suite"),
            Map.entry("randomsamatch", "random short-answer matching draws its questions at quiz time; there is nothing fixed to import"),
            Map.entry("random", "a random question is a placeholder drawn from a category at quiz time; there is nothing fixed to import"),
            Map.entry("multianswerset", "this plugin type is not supported"));

    private final int maxQuestions;

    public MoodleXmlReader(int maxQuestions) {
        this.maxQuestions = maxQuestions;
    }

    public BankFile read(byte[] xml) {
        XmlNode root = parse(xml);
        if (!root.name.equals("quiz")) {
            throw new BankFormatException(root.path, "the root element must be <quiz>, not <" + root.name + ">");
        }
        List<BankFile.Entry> entries = new ArrayList<>();
        List<BankFile.EmbeddedFile> files = new ArrayList<>();
        BankFile.Category category = null;
        for (XmlNode q : root.children) {
            if (!q.name.equals("question")) {
                continue;
            }
            String type = q.attrs.get("type");
            if (type == null || type.isBlank()) {
                throw new BankFormatException(q.path, "a <question> needs a type attribute");
            }
            type = type.trim().toLowerCase(Locale.ROOT);
            if (type.equals("category")) {
                String path = q.text("category");
                if (path == null || path.isBlank()) {
                    throw new BankFormatException(q.path + "/category", "a category question needs <category><text>path</text></category>");
                }
                String id = q.value("idnumber");
                category = new BankFile.Category(path.trim(), id == null || id.isBlank() ? null : id.trim());
                continue;
            }
            entries.add(question(q, type, category, files));
        }
        return new BankFile("moodle-xml", entries, files, List.of());
    }

    private BankFile.Entry question(XmlNode q, String type, BankFile.Category category, List<BankFile.EmbeddedFile> files) {
        String name = q.text("name");
        if ((name == null || name.isBlank()) && !type.equals("cloze") && !type.equals("multianswer")) {
            throw new BankFormatException(q.path + "/name", "a question needs a name: <name><text>…</text></name>");
        }
        String idnumber = q.value("idnumber");
        idnumber = idnumber == null || idnumber.isBlank() ? null : idnumber.trim();
        if (name == null || name.isBlank()) {
            name = idnumber != null ? idnumber : "cloze " + q.path;
        }
        name = name.trim();
        for (XmlNode file : q.descendants("file")) {
            String content = file.text.toString().replaceAll("\\s+", "");
            long padding = content.endsWith("==") ? 2 : content.endsWith("=") ? 1 : 0;
            files.add(new BankFile.EmbeddedFile(name, file.attrs.getOrDefault("name", "(unnamed)"), content.length() * 3L / 4 - padding));
        }
        int inline = 0;
        for (XmlNode text : q.descendants("text")) {
            inline += BankText.inlineImages(text.text.toString());
        }
        for (int i = 1; i <= inline; i++) {
            files.add(new BankFile.EmbeddedFile(name, "inline image " + i + " (data URI)", 0));
        }
        String unmappable = UNMAPPABLE.get(type);
        if (unmappable != null) {
            return BankFile.Entry.skipped(q.path, category, name, idnumber, type, unmappable);
        }
        Mapping m = new Mapping();
        String format = format(q.child("questiontext"), "html");
        String prompt = type.equals("cloze") || type.equals("multianswer") ? null : richText(q.child("questiontext"), "html");
        String explanation = richText(q.child("generalfeedback"), format);
        switch (type) {
            case "multichoice" -> multichoice(q, format, prompt, explanation, m);
            case "truefalse" -> trueFalse(q, prompt, explanation, m);
            case "shortanswer" -> shortAnswer(q, prompt, explanation, m);
            case "numerical" -> numerical(q, prompt, explanation, m);
            case "matching", "match" -> matching(q, format, prompt, explanation, m);
            case "ordering" -> ordering(q, format, prompt, explanation, m);
            case "essay" -> essay(q, format, prompt, m);
            case "cloze", "multianswer" -> cloze(q, format, explanation, m);
            case "description" -> m.mapped = prompt == null ? null : new BankFile.Note(prompt);
            default -> m.skip = "the question type " + type + " is not supported";
        }
        if (m.skip == null && m.mapped == null) {
            m.skip = "the question has no text";
        }
        if (m.mapped instanceof BankFile.Recall || m.mapped instanceof BankFile.Essay) {
            if (prompt == null && !(type.equals("cloze") || type.equals("multianswer"))) {
                m.skip = "the question has no text";
            }
        }
        return m.skip != null ? new BankFile.Entry(q.path, category, name, idnumber, type, null, m.skip, m.notes)
                : new BankFile.Entry(q.path, category, name, idnumber, type, m.mapped, null, m.notes);
    }

    private static final class Mapping {
        BankFile.Mapped mapped;
        String skip;
        final List<String> notes = new ArrayList<>();
    }

    private void multichoice(XmlNode q, String format, String prompt, String explanation, Mapping m) {
        List<Drafts.Choice> choices = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String text = richText(a, format);
            if (text != null) {
                choices.add(new Drafts.Choice(text, fraction(a), richText(a.child("feedback"), format)));
            }
        }
        if (choices.size() < 2) {
            m.skip = "a multiple-choice question needs at least two answers";
            return;
        }
        ChoiceMapping.Mode mode = single(q) ? ChoiceMapping.Mode.SINGLE : ChoiceMapping.Mode.MULTIPLE;
        ChoiceMapping.map(choices, mode, prompt, explanation, m.notes).ifPresentOrElse(
                d -> m.mapped = new BankFile.Recall(d, true, true), () -> m.skip = ChoiceMapping.reason(choices, mode));
    }

    private void trueFalse(XmlNode q, String prompt, String explanation, Mapping m) {
        Boolean answer = null;
        boolean feedback = false;
        List<XmlNode> answers = q.children("answer");
        for (int i = 0; i < answers.size(); i++) {
            XmlNode a = answers.get(i);
            String text = a.text(null);
            text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            boolean isTrue = text.equals("true") || (!text.equals("false") && i == 0);
            if (fraction(a) >= 100) {
                answer = isTrue;
            }
            feedback |= a.text("feedback") != null && !a.text("feedback").isBlank();
        }
        if (answer == null) {
            throw new BankFormatException(q.path, "a true/false question needs an answer with fraction 100 (true or false)");
        }
        if (feedback) {
            m.notes.add("feedback on the true and false answers is not kept (a true/false question has only its explanation)");
        }
        m.mapped = new BankFile.Recall(Drafts.trueFalse(prompt, explanation, answer), true, true);
    }

    private void shortAnswer(XmlNode q, String prompt, String explanation, Mapping m) {
        String usecase = q.value("usecase");
        boolean caseSensitive = usecase != null && usecase.trim().equals("1");
        if (usecase != null && !usecase.isBlank() && !Set.of("0", "1").contains(usecase.trim())) {
            throw new BankFormatException(q.path + "/usecase", "must be 0 or 1");
        }
        List<String> accepted = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String text = a.text(null);
            text = text == null ? "" : text.trim();
            double fraction = fraction(a);
            if (text.isEmpty()) {
                continue;
            }
            if (fraction >= 100 && text.contains("*")) {
                m.notes.add("answer '" + text + "' skipped: wildcard (*) matching is not supported");
            } else if (fraction >= 100) {
                accepted.add(text);
            } else if (fraction > 0) {
                m.notes.add("answer '" + text + "' (" + Drafts.percent(fraction) + ") skipped as a variant: partial credit for short answers is not supported");
            }
            String feedback = a.text("feedback");
            if (feedback != null && !feedback.isBlank()) {
                m.notes.add("feedback on answer '" + text + "' is not kept");
            }
        }
        if (accepted.isEmpty()) {
            m.skip = "no fully correct answer that can be matched as written";
            return;
        }
        m.mapped = new BankFile.Recall(Drafts.shortAnswer(prompt, explanation, accepted, caseSensitive), true, true);
    }

    private void numerical(XmlNode q, String prompt, String explanation, Mapping m) {
        List<String> accepted = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String text = a.text(null);
            text = text == null ? "" : text.trim();
            double fraction = fraction(a);
            if (text.isEmpty() || text.equals("*") || fraction <= 0) {
                continue;
            }
            String tolerance = a.value("tolerance");
            double t;
            try {
                Double.parseDouble(text);
                t = tolerance == null || tolerance.isBlank() ? 0 : Double.parseDouble(tolerance.trim());
            } catch (NumberFormatException e) {
                throw new BankFormatException(a.path, "a numerical answer and its tolerance must be numbers");
            }
            if (t != 0 && fraction >= 100) {
                m.skip = "a numerical answer with a tolerance (" + text + " ± " + tolerance.trim() + ") cannot be marked as a short answer";
                return;
            }
            if (t == 0 && fraction >= 100) {
                accepted.add(text);
            } else {
                m.notes.add("answer " + text + " (" + Drafts.percent(fraction) + ") skipped as a variant: partial credit is not supported");
            }
        }
        if (q.child("units") != null && !q.child("units").children("unit").isEmpty()) {
            m.notes.add("units are not kept: the answer is the number alone");
        }
        if (accepted.isEmpty()) {
            m.skip = "no exact fully correct numerical answer";
            return;
        }
        m.mapped = new BankFile.Recall(Drafts.shortAnswer(prompt, explanation, accepted, false), true, true);
    }

    private void matching(XmlNode q, String format, String prompt, String explanation, Mapping m) {
        List<String[]> pairs = new ArrayList<>();
        int distractors = 0;
        for (XmlNode s : q.children("subquestion")) {
            String left = richText(s, format);
            String right = s.child("answer") == null ? null : s.child("answer").text(null);
            right = right == null ? null : right.trim();
            if (right == null || right.isEmpty()) {
                continue;
            }
            if (left == null) {
                distractors++;
            } else {
                pairs.add(new String[] {left, right});
            }
        }
        if (distractors > 0) {
            m.notes.add(distractors + " extra wrong answer(s) dropped: a matching question here pairs every right-hand item");
        }
        m.mapped = new BankFile.Recall(Drafts.matching(prompt, explanation, pairs), true, true);
    }

    /** The ordering plugin (qtype_ordering): answers in the right order, each fraction its position. */
    private void ordering(XmlNode q, String format, String prompt, String explanation, Mapping m) {
        Map<Double, String> byPosition = new java.util.TreeMap<>();
        List<String> inFileOrder = new ArrayList<>();
        for (XmlNode a : q.children("answer")) {
            String text = richText(a, format);
            if (text != null) {
                inFileOrder.add(text);
                byPosition.put(fraction(a), text);
            }
        }
        List<String> items = byPosition.size() == inFileOrder.size() ? new ArrayList<>(byPosition.values()) : inFileOrder;
        m.mapped = new BankFile.Recall(Drafts.ordering(prompt, explanation, items), true, true);
    }

    private void essay(XmlNode q, String format, String prompt, Mapping m) {
        String graderInfo = richText(q.child("graderinfo"), format);
        String template = richText(q.child("responsetemplate"), format);
        String guidance = graderInfo;
        if (template != null) {
            guidance = (graderInfo == null ? "" : graderInfo + "\n\n") + "Response template:\n" + template;
            if (BankText.looksLikeHtml(guidance)) {
                guidance = BankText.fromHtml(BankText.toHtml(graderInfo) + "<p>Response template:</p>" + BankText.toHtml(template));
            }
        }
        m.mapped = prompt == null ? null : new BankFile.Essay(prompt, guidance, true);
    }

    private void cloze(XmlNode q, String format, String explanation, Mapping m) {
        String raw = q.text("questiontext");
        if (raw == null || raw.isBlank()) {
            m.skip = "the question has no text";
            return;
        }
        ClozeSyntax.Parsed parsed;
        try {
            parsed = ClozeSyntax.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new BankFormatException(q.path + "/questiontext/text", e.getMessage());
        }
        if (parsed.gaps().isEmpty()) {
            throw new BankFormatException(q.path + "/questiontext/text", "a cloze question needs at least one embedded answer such as {1:SHORTANSWER:=answer}");
        }
        m.notes.addAll(parsed.notes());
        if (parsed.unmappable() != null) {
            m.skip = parsed.unmappable();
            return;
        }
        String text = BankText.from(formatName(format), parsed.text());
        m.mapped = new BankFile.Recall(Drafts.cloze(Banks.DEFAULT_CLOZE_PROMPT, explanation, text, parsed.gaps()), false, true);
    }

    private static boolean single(XmlNode q) {
        String single = q.value("single");
        if (single == null) {
            return true;
        }
        return switch (single.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0", "" -> false;
            default -> throw new BankFormatException(q.path + "/single", "must be true or false");
        };
    }

    private static double fraction(XmlNode answer) {
        String f = answer.attrs.get("fraction");
        if (f == null || f.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(f.trim());
        } catch (NumberFormatException e) {
            throw new BankFormatException(answer.path + "/@fraction", "'" + f + "' is not a number");
        }
    }

    private static String format(XmlNode element, String fallback) {
        return element == null ? fallback : element.attrs.getOrDefault("format", fallback);
    }

    private static String formatName(String moodleFormat) {
        return switch (moodleFormat) {
            case "html" -> "html";
            case "plain_text" -> "plain";
            default -> "auto";
        };
    }

    /** The {@code <text>} of an element in its format, as stored; null when empty or absent. */
    private static String richText(XmlNode element, String defaultFormat) {
        if (element == null) {
            return null;
        }
        String text = element.text(null);
        return text == null ? null : BankText.from(formatName(format(element, defaultFormat)), text.trim());
    }

    // --- a small tree of the document, each element with its path for error messages ---

    static final class XmlNode {
        final String name;
        final String path;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<XmlNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        XmlNode(String name, String path) {
            this.name = name;
            this.path = path;
        }

        XmlNode child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<XmlNode> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        List<XmlNode> descendants(String childName) {
            List<XmlNode> found = new ArrayList<>();
            for (XmlNode c : children) {
                if (c.name.equals(childName)) {
                    found.add(c);
                }
                found.addAll(c.descendants(childName));
            }
            return found;
        }

        /** The content of {@code <childName><text>…</text></childName>}, or of this element's own {@code <text>} when null. */
        String text(String childName) {
            XmlNode holder = childName == null ? this : child(childName);
            XmlNode t = holder == null ? null : holder.child("text");
            return t == null ? null : t.text.toString();
        }

        /** The text content of a child element, e.g. {@code <idnumber>q01</idnumber>}. */
        String value(String childName) {
            XmlNode c = child(childName);
            return c == null ? null : c.text.toString();
        }
    }

    private XmlNode parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        List<XmlNode> stack = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        counts.add(new java.util.HashMap<>());
        XmlNode root = null;
        int questions = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new BankFormatException(
                            "/", "a DTD (<!DOCTYPE …>) is not allowed: external entities and entity declarations are refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = reader.getLocalName();
                        String parentPath = stack.isEmpty() ? "" : stack.get(stack.size() - 1).path;
                        int index = counts.get(counts.size() - 1).merge(name, 1, Integer::sum);
                        XmlNode node = new XmlNode(name, parentPath + "/" + name + (stack.isEmpty() ? "" : "[" + index + "]"));
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            node.attrs.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.get(stack.size() - 1).children.add(node);
                        }
                        if (name.equals("question") && stack.size() == 1 && !"category".equals(node.attrs.get("type")) && ++questions > maxQuestions) {
                            throw new TooManyQuestionsException(maxQuestions);
                        }
                        stack.add(node);
                        counts.add(new java.util.HashMap<>());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new BankFormatException(
                            stack.isEmpty() ? "/" : stack.get(stack.size() - 1).path, "entity references other than XML's own are not allowed");
                    case XMLStreamConstants.END_ELEMENT -> {
                        stack.remove(stack.size() - 1);
                        counts.remove(counts.size() - 1);
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = stack.isEmpty() ? "/" : stack.get(stack.size() - 1).path;
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
            throw new BankFormatException(where + at, "the file is not well-formed XML: " + message);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the byte array
                }
            }
        }
        if (root == null) {
            throw new BankFormatException("/", "the file holds no XML element");
        }
        return root;
    }

    static Set<String> unmappableTypes() {
        return new HashSet<>(UNMAPPABLE.keySet());
    }
}

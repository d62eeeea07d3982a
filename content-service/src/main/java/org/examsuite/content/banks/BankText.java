package org.examsuite.content.banks;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Text as question banks carry it and as the suite stores it.
 *
 * <p>Moodle's texts are HTML. The suite stores either <em>plain text</em> (paragraphs separated by a
 * blank line, line breaks as newlines) when the HTML had no formatting beyond paragraphs and line
 * breaks, or otherwise the HTML itself, <em>sanitised</em> against a safelist: basic inline and
 * list formatting stays, scripts, styles, images, event handlers and everything else go. A stored
 * plain text never looks like HTML (no tag or entity in it), so the two forms can be told apart
 * again on export, and {@code fromHtml(toHtml(stored))} gives back {@code stored}.
 */
public final class BankText {

    /** Basic formatting (bold, italics, lists, code, quotes, links), nothing that runs or loads. */
    private static final Safelist SAFE = Safelist.basic();

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<\\s*/?[A-Za-z!?]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern DATA_URI_IMAGE = Pattern.compile("(?i)<img[^>]*\\bsrc\\s*=\\s*[\"']?\\s*data:");

    private BankText() {
    }

    /** Whether a stored text is HTML (it holds a tag or an entity) rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        return text != null && LOOKS_LIKE_HTML.matcher(text).find();
    }

    /** HTML from a bank, sanitised and reduced to plain text where no formatting is lost; null when empty. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false)
                .charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.xhtml);
        String clean = Jsoup.clean(html, "", SAFE, out).trim();
        Element body = Jsoup.parseBodyFragment(clean).body();
        String plain = plainOrNull(body);
        if (plain != null && !looksLikeHtml(plain)) {
            return plain.isEmpty() ? null : plain;
        }
        return clean.isEmpty() ? null : clean;
    }

    /** Text in a plain-text format (Moodle's plain_text, GIFT's [plain]); null when empty. */
    public static String fromPlain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (looksLikeHtml(text)) {
            return fromHtml(escape(text).replace("\n", "<br>"));
        }
        return tidyPlain(text);
    }

    /**
     * Text in Moodle's auto-format (GIFT's default, [moodle] and [markdown]): HTML when it holds
     * tags, plain text otherwise; newlines are line breaks either way.
     */
    public static String fromAuto(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (looksLikeHtml(text)) {
            return fromHtml(text.replace("\r", "").replace("\n", "<br>"));
        }
        return tidyPlain(text);
    }

    /** A text as written in a bank's given format ("html", "plain", anything else auto). */
    public static String from(String format, String text) {
        return switch (format == null ? "" : format) {
            case "html" -> fromHtml(text);
            case "plain", "plain_text" -> fromPlain(text);
            default -> fromAuto(text);
        };
    }

    /** A stored text as HTML for Moodle: HTML as is, plain text escaped in paragraphs. */
    public static String toHtml(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (looksLikeHtml(stored)) {
            return stored;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : stored.split("\n{2,}")) {
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** The text a reader sees, without markup (for finding command words, naming things). */
    public static String visibleText(String stored) {
        if (stored == null) {
            return "";
        }
        return looksLikeHtml(stored) ? Jsoup.parseBodyFragment(stored).body().text() : stored;
    }

    /** How many images a bank's HTML carries inline as data URIs (they are dropped, not stored). */
    public static int inlineImages(String html) {
        return html == null ? 0 : (int) DATA_URI_IMAGE.matcher(html).results().count();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A stable key from a bank's id number (Moodle's {@code <idnumber>}, GIFT's {@code [id:…]}): kept as
     * it is when it is already a key (letters, digits, dots, underscores and hyphens, at most 100),
     * otherwise slugged.
     */
    public static String keyFromId(String id) {
        String s = id == null ? "" : id.trim();
        return KEY_LIKE.matcher(s).matches() ? s : slug(s, 80, "q");
    }

    /** A stable key from a question's name or GIFT title: its slug. */
    public static String keyFromName(String name) {
        return slug(name, 80, "q");
    }

    /** Lower-case ASCII words joined by hyphens, at most {@code max} characters; {@code fallback} when none. */
    public static String slug(String text, int max, String fallback) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['\u2019]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > max) {
            s = s.substring(0, max);
            int cut = s.lastIndexOf('-');
            if (cut > max / 2) {
                s = s.substring(0, cut);
            }
            s = s.replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : s;
    }

    /** Plain text with runs of spaces collapsed, lines trimmed and at most one blank line in a row. */
    static String tidyPlain(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String l = SPACES.matcher(line).replaceAll(" ").trim();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * The plain text of sanitised HTML made only of text, paragraphs, line breaks and bare spans;
     * null when it holds any other element (then formatting would be lost).
     */
    private static String plainOrNull(Element body) {
        StringBuilder all = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof Element e && e.normalName().equals("p")) {
                flush(paragraph, all);
                if (!inline(e.childNodes(), paragraph)) {
                    return null;
                }
                flush(paragraph, all);
            } else if (!inline(List.of(node), paragraph)) {
                return null;
            }
        }
        flush(paragraph, all);
        return all.toString();
    }

    private static boolean inline(List<Node> nodes, StringBuilder into) {
        for (Node node : nodes) {
            if (node instanceof TextNode t) {
                into.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br")) {
                    into.append('\n');
                } else if (e.normalName().equals("span") && e.attributesSize() == 0) {
                    if (!inline(e.childNodes(), into)) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static void flush(StringBuilder paragraph, StringBuilder all) {
        String text = paragraph.toString().lines().map(String::trim).reduce((a, b) -> a + "\n" + b).orElse("").trim();
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            if (all.length() > 0) {
                all.append("\n\n");
            }
            all.append(text);
        }
    }
}

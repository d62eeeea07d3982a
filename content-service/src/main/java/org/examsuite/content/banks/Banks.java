package org.examsuite.content.banks;

import java.util.ArrayList;
import java.util.List;

import org.examsuite.content.domain.TopicDraft;

/** What the bank formats share: the notes section, default texts, category paths. */
public final class Banks {

    /** The key of the note section that holds a topic's bank descriptions (Moodle's description questions). */
    public static final String NOTES_SECTION = "bank-notes";

    /** The prompt of a cloze question from a bank: Moodle's cloze and GIFT's missing word have none of their own. */
    public static final String DEFAULT_CLOZE_PROMPT = "Fill in the gaps.";

    private Banks() {
    }

    /** A topic's category path as Moodle writes it: {@code $course$/top/Subject/Chapter/Title}, a {@code /} in a name doubled. */
    public static String categoryPath(TopicDraft topic) {
        StringBuilder path = new StringBuilder("$course$/top/").append(segment(topic.subject()));
        if (topic.chapter() != null && !topic.chapter().isBlank()) {
            path.append('/').append(segment(topic.chapter()));
        }
        return path.append('/').append(segment(topic.title())).toString();
    }

    /**
     * The names in a category path, without its context ({@code $course$}, {@code $system$}…) and
     * Moodle's {@code top}; {@code //} in a name stands for a slash.
     */
    public static List<String> categoryNames(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
                name.append('/');
                i++;
            } else if (c == '/') {
                names.add(name.toString().trim());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().trim());
        names.removeIf(String::isEmpty);
        if (!names.isEmpty() && names.get(0).startsWith("$") && names.get(0).endsWith("$")) {
            names.remove(0);
        }
        if (!names.isEmpty() && names.get(0).equalsIgnoreCase("top")) {
            names.remove(0);
        }
        return names;
    }

    private static String segment(String name) {
        return name.trim().replace("/", "//");
    }

    /** An export in a bank format, with the keys of the questions the format could not hold. */
    public record Export(String body, List<String> skipped) {
    }
}

package org.examsuite.grading.domain.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;

/**
 * How much precise evidence a text uses: distinct names, dates and figures.
 * <ul>
 * <li>Dates: "1 December 1934", "November 1938", ranges such as "1936-38" (one date), decades
 * ("1920s"), years 1500-2099.</li>
 * <li>Figures: percentages, numbers with a scale ("1.5 million"), numbers with thousands separators
 * ("680,000"), other numbers of two or more digits.</li>
 * <li>Names: runs of capitalised words ("Zinoviev", "Lenin Enrolment", "Congress of Victors"). A
 * capitalised word opening a sentence counts only when the plan also capitalises it mid-sentence or
 * the question's evidence terms name it, since any sentence starts with a capital. Punctuation
 * separates names ("Zinoviev, Kamenev and Bukharin" is three).
 * Names that the question itself uses ("Stalin", "USSR") are the subject, not evidence, and do not
 * count; neither do months and days.</li>
 * </ul>
 */
public record SpecificEvidence(List<String> names, List<String> dates, List<String> figures) {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "(?: \\d{4})?\\b"),
            Pattern.compile("\\b" + MONTH + " \\d{4}\\b"),
            Pattern.compile("\\b(?:1[5-9]\\d{2}|20\\d{2}) ?[-–—/] ?(?:\\d{4}|\\d{2})\\b"),
            Pattern.compile("\\b(?:1[5-9]\\d0|20\\d0)['’]?s\\b"),
            Pattern.compile("\\b(?:1[5-9]\\d{2}|20\\d{2})\\b"));
    private static final List<Pattern> FIGURES = List.of(
            Pattern.compile("\\b\\d+(?:[.,]\\d+)? ?(?:%|per ?cent\\b)"),
            Pattern.compile("\\b\\d+(?:\\.\\d+)? ?(?:million|billion|thousand|bn)\\b"),
            Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b"),
            Pattern.compile("\\b(?:\\d{2,}(?:\\.\\d+)?|\\d\\.\\d+)\\b"));

    /** A word ends with a letter or digit, so a closing quote ("Card-Index'") is not part of it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’\\-]*[\\p{L}\\p{N}])?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;:])\\s+|\\n+");
    private static final Set<String> CONNECTORS = Set.of("of", "in", "on", "the", "de", "von", "van", "da", "la", "al");
    private static final Set<String> NOT_NAMES = Set.of("i", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Words that open sentences; dropped from the front of a capitalised run ("However Trotsky" is "Trotsky"). */
    private static final Set<String> OPENERS = openers();

    public int total() {
        return names.size() + dates.size() + figures.size();
    }

    public static SpecificEvidence of(List<String> texts, EssayQuestion question) {
        List<String> dates = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (String text : texts) {
            StringBuilder rest = new StringBuilder(text);
            collect(DATES, rest, dates);
            collect(FIGURES, rest, figures);
        }
        return new SpecificEvidence(names(texts, question), distinct(dates), distinct(figures));
    }

    /** Finds each pattern in turn and blanks what it found, so that "1936-38" is not also "1936" and "38". */
    private static void collect(List<Pattern> patterns, StringBuilder text, List<String> found) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group().replaceAll("\\s+", " "));
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
    }

    private static List<String> distinct(List<String> items) {
        Map<String, String> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(item.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-'), item));
        return List.copyOf(byKey.values());
    }

    private static List<String> names(List<String> texts, EssayQuestion question) {
        List<Run> runs = texts.stream().flatMap(text -> runs(text).stream()).toList();
        Set<String> capitalisedMidSentence = new HashSet<>();
        runs.forEach(run -> run.words().subList(run.opensSentence() ? 1 : 0, run.words().size())
                .forEach(word -> capitalisedMidSentence.add(key(word))));
        Set<String> known = knownNames(question);
        Set<String> subject = questionWords(question);
        Map<String, String> names = new LinkedHashMap<>();
        for (Run run : runs) {
            List<String> words = new ArrayList<>(run.words());
            if (run.opensSentence()) {
                String first = key(words.get(0));
                if (OPENERS.contains(first) || !capitalisedMidSentence.contains(first) && !known.contains(first)) {
                    words.remove(0);
                }
            }
            while (!words.isEmpty() && CONNECTORS.contains(words.get(0))) {
                words.remove(0);
            }
            if (words.isEmpty()) {
                continue;
            }
            List<String> keys = words.stream().map(SpecificEvidence::key).toList();
            boolean notName = keys.size() == 1 && (NOT_NAMES.contains(keys.get(0)) || keys.get(0).length() == 1);
            if (notName || keys.stream().allMatch(subject::contains)) {
                continue;
            }
            words.set(words.size() - 1, withoutPossessive(words.get(words.size() - 1)));
            names.putIfAbsent(String.join(" ", keys), String.join(" ", words));
        }
        return List.copyOf(names.values());
    }

    private record Run(List<String> words, boolean opensSentence) {
    }

    /**
     * Runs of capitalised words with nothing but spaces between them ("Zinoviev, Kamenev" is two
     * names), joined across a connector when a capitalised word that is not a month follows
     * ("Socialism in One Country", but not "Versailles in January").
     */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(text)) {
            List<String> words = new ArrayList<>();
            List<Boolean> spacedFromPrevious = new ArrayList<>();
            Matcher matcher = WORD.matcher(sentence);
            int previousEnd = -1;
            while (matcher.find()) {
                words.add(matcher.group());
                spacedFromPrevious.add(previousEnd >= 0 && sentence.substring(previousEnd, matcher.start()).isBlank());
                previousEnd = matcher.end();
            }
            int i = 0;
            while (i < words.size()) {
                if (!capitalised(words.get(i))) {
                    i++;
                    continue;
                }
                int start = i;
                List<String> run = new ArrayList<>(List.of(words.get(i)));
                i++;
                while (i < words.size() && spacedFromPrevious.get(i)) {
                    if (capitalised(words.get(i))) {
                        run.add(words.get(i));
                        i++;
                    } else if (CONNECTORS.contains(words.get(i)) && i + 1 < words.size() && spacedFromPrevious.get(i + 1)
                            && capitalised(words.get(i + 1)) && !NOT_NAMES.contains(key(words.get(i + 1)))) {
                        run.add(words.get(i));
                        run.add(words.get(i + 1));
                        i += 2;
                    } else {
                        break;
                    }
                }
                runs.add(new Run(List.copyOf(run), start == 0));
            }
        }
        return runs;
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** Lower case without a possessive, so that "Lenin's" and "Lenin" are one name. */
    private static String key(String word) {
        return withoutPossessive(word).toLowerCase(Locale.ROOT);
    }

    private static String withoutPossessive(String word) {
        return word.replaceAll("['’]s$", "");
    }

    private static Set<String> knownNames(EssayQuestion question) {
        Set<String> known = new HashSet<>();
        List<IndicativeFactor> factors = question.indicativeContent() == null ? List.of() : question.indicativeContent();
        for (IndicativeFactor factor : factors) {
            for (String term : factor.evidenceTerms() == null ? List.<String>of() : factor.evidenceTerms()) {
                Matcher matcher = WORD.matcher(term);
                while (matcher.find()) {
                    if (capitalised(matcher.group())) {
                        known.add(key(matcher.group()));
                    }
                }
            }
        }
        return known;
    }

    private static Set<String> questionWords(EssayQuestion question) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(question.prompt() == null ? "" : question.prompt());
        while (matcher.find()) {
            words.add(key(matcher.group()));
        }
        return words;
    }

    private static Set<String> openers() {
        Set<String> openers = new HashSet<>(Set.of("a", "an", "and", "are", "be", "but", "if", "into", "is", "it", "no",
                "not", "of", "or", "such", "the", "their", "then", "there", "these", "they", "to", "was", "will"));
        openers.addAll(Set.of("he", "she", "his", "her", "him", "its", "we", "our", "you", "i", "however", "although",
                "though", "while", "whereas", "when", "after", "before", "because", "since", "despite", "during", "once",
                "so", "thus", "therefore", "overall", "ultimately", "from", "without", "also", "yet", "even", "only",
                "both", "many", "most", "some", "all", "each", "every", "what", "which", "who", "how", "why", "where",
                "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "moreover",
                "furthermore", "meanwhile", "nevertheless", "nonetheless", "instead", "indeed", "clearly", "arguably",
                "perhaps", "here", "those", "one", "another", "other", "others", "much", "more", "less", "hence",
                "consequently", "similarly", "likewise", "conversely", "crucially", "importantly", "significantly",
                "equally", "initially", "later", "until", "within", "between", "against", "under", "over", "through",
                "unlike", "like", "rather", "historians", "in", "on", "at", "by", "for", "with", "as", "this", "that"));
        return Set.copyOf(openers);
    }
}

package org.examsuite.quiz.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Written answers (short answers and cloze gaps) are compared after normalising both sides:
 * <ol>
 * <li>accents are dropped (Kámenev = Kamenev) and, unless the question is case-sensitive, case is folded;</li>
 * <li>apostrophes vanish (Stalin's = Stalins); other punctuation becomes a space (General-Secretary =
 * General Secretary), except a decimal point between digits, and a thousands comma is dropped (3,000 = 3000);</li>
 * <li>runs of spaces become one, and one leading article (a, an, the) is dropped (the Kulaks = kulaks).</li>
 * </ol>
 * An answer equal to the model answer (the first accepted one) is {@link TextMatch#EXACT}, equal to
 * another accepted answer a {@link TextMatch#VARIANT}. Otherwise it may still be a typo
 * ({@link TextMatch#FUZZY}, full marks): it has as many words as an accepted answer and each word
 * is equal to the accepted word, or, for an accepted word of 5 or more letters, within a Levenshtein
 * distance of 1 (5 to 8 letters) or 2 (9 or more). Words holding a digit (numbers, years) and
 * short words must be exact, and case-sensitive questions get no fuzzy matching: their spelling is
 * the point.
 */
public final class TextAnswers {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> ARTICLES = List.of("a ", "an ", "the ");
    private static final int FUZZY_MIN_LETTERS = 5;
    private static final int WIDER_TOLERANCE_FROM_LETTERS = 9;

    private TextAnswers() {
    }

    public static TextMatch match(String given, List<String> accepted, boolean caseSensitive) {
        String answer = normalise(given, caseSensitive);
        if (answer.isEmpty()) {
            return TextMatch.NONE;
        }
        for (int i = 0; i < accepted.size(); i++) {
            if (answer.equals(normalise(accepted.get(i), caseSensitive))) {
                return i == 0 ? TextMatch.EXACT : TextMatch.VARIANT;
            }
        }
        if (!caseSensitive) {
            for (String key : accepted) {
                if (closeEnough(answer, normalise(key, false))) {
                    return TextMatch.FUZZY;
                }
            }
        }
        return TextMatch.NONE;
    }

    public static String normalise(String text, boolean caseSensitive) {
        if (text == null) {
            return "";
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        if (!caseSensitive) {
            folded = folded.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u02BC') {
                continue;
            } else if (c == '.' && digitAt(folded, i - 1) && digitAt(folded, i + 1)) {
                out.append(c);
            } else if (c == ',' && digitAt(folded, i - 1) && thousandsGroupAt(folded, i + 1)) {
                continue;
            } else {
                out.append(' ');
            }
        }
        String spaced = SPACES.matcher(out).replaceAll(" ").trim();
        String lower = spaced.toLowerCase(Locale.ROOT);
        for (String article : ARTICLES) {
            if (lower.startsWith(article) && lower.length() > article.length()) {
                return spaced.substring(article.length());
            }
        }
        return spaced;
    }

    private static boolean closeEnough(String answer, String key) {
        String[] given = answer.split(" ");
        String[] wanted = key.split(" ");
        if (given.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!given[i].equals(wanted[i]) && !typo(given[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean typo(String given, String wanted) {
        if (hasDigit(given) || hasDigit(wanted) || wanted.length() < FUZZY_MIN_LETTERS) {
            return false;
        }
        int tolerance = wanted.length() >= WIDER_TOLERANCE_FROM_LETTERS ? 2 : 1;
        return new LevenshteinDistance(tolerance).apply(given, wanted) >= 0;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private static boolean digitAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isDigit(s.charAt(i));
    }

    private static boolean thousandsGroupAt(String s, int i) {
        return digitAt(s, i) && digitAt(s, i + 1) && digitAt(s, i + 2) && !digitAt(s, i + 3);
    }
}

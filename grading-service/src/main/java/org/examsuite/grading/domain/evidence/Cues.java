package org.examsuite.grading.domain.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that signal weighing, explaining and linking, written for normalised text (lower case,
 * single spaces). A cue is evidence that the writer is doing the thing, not proof: these are the
 * heuristics the API labels as such.
 */
final class Cues {

    private static final String ADJECTIVE = "(?:important|significant|decisive|influential|crucial|fundamental|powerful"
            + "|effective|responsible|convincing|necessary|valid|persuasive|damaging|beneficial|harmful|costly|successful"
            + "|serious|severe|likely|plausible)";

    /** Comparative or evaluative language: a writer using it is ranking, not listing. */
    static final List<Pattern> WEIGHING = List.of(
            Pattern.compile("\\b(?:the )?(?:single )?(?:most|least) " + ADJECTIVE + "\\b"),
            Pattern.compile("\\b(?:far |much |rather |no )?(?:more|less) " + ADJECTIVE + " than\\b"),
            Pattern.compile("\\b(?:greater|bigger|larger|smaller|lesser) (?:role|part|factor|importance|significance|impact)\\b"),
            Pattern.compile("\\boutweigh(?:s|ed|ing)?\\b"),
            Pattern.compile("\\bto (?:an?|some)(?: [a-z]+){0,2} extent\\b"),
            Pattern.compile("\\b(?:largely|mainly|primarily|chiefly|principally|predominantly|partly|partially|mostly)\\b"),
            Pattern.compile("\\b(?:main|key|chief|primary|principal|decisive|crucial|fundamental|underlying|real) "
                    + "(?:factor|reason|cause|explanation|driver)\\b"),
            Pattern.compile("\\brather than\\b"),
            Pattern.compile("\\bnot (?:simply|only|just|merely|solely|entirely)\\b[^.]*?\\bbut\\b"),
            Pattern.compile("\\b(?:on balance|above all|in the final analysis)\\b"));

    /** A concession followed by a verdict ("however … ultimately") weighs one side against the other. */
    static final Pattern CONCESSION_THEN_VERDICT = Pattern.compile(
            "\\b(however|although|though|while|whereas|nevertheless|nonetheless|despite|even if|but)\\b"
                    + ".*?\\b(ultimately|overall|on balance|in the end|above all|therefore|thus)\\b");

    /** Words that answer another view rather than only state it. */
    static final Pattern REBUTTAL = Pattern.compile(
            "\\b(?:however|but|yet|although|though|nevertheless|nonetheless|whereas|while|even so|despite|this ignores"
                    + "|this overlooks|does not explain|did not explain|cannot explain|only partly)\\b");

    /** Words that say why or with what result: the mark of explanation rather than description. */
    static final Pattern EXPLAINING = Pattern.compile(
            "\\b(?:because|since|so|therefore|thus|hence|consequently|as a result|led to|leading to|resulted in|meant"
                    + "|means|allowed|allowing|enabled|enabling|helped|ensured|made it|gave|giving|shows|showed|show that"
                    + "|suggests|explains|why|in order to|so that|caused|causing|due to|owing to)\\b");

    /** Words that tie one factor to another. */
    static final Pattern LINKING = Pattern.compile(
            "\\b(?:combined with|together with|linked|links?|in turn|reinforced|reinforcing|built on|building on"
                    + "|made possible|alongside|also helped|interact(?:ed|ion|s)?|connected|without (?:this|which|it)"
                    + "|compounded|depended on|relied on)\\b");

    private Cues() {
    }

    /** The weighing phrases found in {@code text}, as written (normalised), without repeats. */
    static List<String> weighingPhrases(String normalisedText) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern cue : WEIGHING) {
            Matcher matcher = cue.matcher(normalisedText);
            while (matcher.find()) {
                found.add(shorten(matcher.group()));
            }
        }
        Matcher concession = CONCESSION_THEN_VERDICT.matcher(normalisedText);
        if (concession.find()) {
            found.add(concession.group(1) + " … " + concession.group(2));
        }
        return List.copyOf(found);
    }

    static boolean has(Pattern cue, String normalisedText) {
        return cue.matcher(normalisedText).find();
    }

    /** "not simply x but" can run on; a reader needs only its two ends. */
    private static String shorten(String phrase) {
        String[] words = phrase.split(" ");
        return words.length <= 6 ? phrase : words[0] + " " + words[1] + " … " + words[words.length - 1];
    }
}

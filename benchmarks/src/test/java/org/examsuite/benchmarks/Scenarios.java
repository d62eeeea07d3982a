package org.examsuite.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What users of the suite do, as Gatling scenarios. Request and group names start with the scenario
 * they belong to, so that the report can put each scenario next to its baseline.
 */
final class Scenarios {

    /** Recall questions in a rush exam: a year group's end-of-topic test. */
    static final int EXAM_QUESTIONS = 20;
    /**
     * How often a waiting student asks again: after 250 ms, then twice as long each time up to 4 s, as a
     * client app backs off. The flow's times come from the services' records (EventFlowTimes), so the
     * polls only decide when the student moves on; what matters is their load. A fixed interval made a
     * wait that had fallen behind multiply it: at 20 plans/s, 600 polls/s on grading-service at 50 ms, and
     * still some 1,200 a second at 500 ms once 30 s of students were waiting, which kept the very
     * consumer they waited for behind.
     */
    private static final Duration FIRST_POLL = Duration.ofMillis(250);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(4);
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(30);
    private static final String PLAN = """
            {"thesis": "Stalin's victory owed most to his control of the party machine as General Secretary.",
             "points": [
              {"point": "Control of appointments", "evidence": "As General Secretary from 1922 he appointed local party secretaries through the Orgburo and Secretariat", "explanation": "Those secretaries chose the delegates who voted at party congresses, so he built a loyal majority"},
              {"point": "The Lenin Enrolment", "evidence": "Over 200,000 new members joined in 1924-25", "explanation": "Poorly educated recruits owed their places to the apparatus and backed Stalin against the Left Opposition"},
              {"point": "Rivals' mistakes", "evidence": "Trotsky missed Lenin's funeral in January 1924 and failed to use Lenin's Testament", "explanation": "His arrogance and his hesitation let Stalin portray him as a divisive Bonapartist"}],
             "counterArgument": "Some argue that ideology, Socialism in One Country, appealed more to members than the apparatus did.",
             "conclusion": "On balance the party machine mattered most, because it turned policy arguments into votes."}
            """;

    private Scenarios() {
    }

    static HttpProtocolBuilder protocol() {
        // Shared connections stand for the gateway's keep-alive pool in front of the services.
        return http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections();
    }

    static FeederBuilder<Object> students(String run, int count) {
        List<Map<String, Object>> records = SuiteUnderTest.students(run, count).stream()
                .map(student -> Map.<String, Object>of("studentId", student.id(), "token", student.token()))
                .toList();
        return listFeeder(records).queue();
    }

    static ScenarioBuilder liveness(String service, String baseUrl) {
        return scenario("baseline " + service)
                .exec(http("baseline: " + service + " liveness").get(baseUrl + "/q/health/live").check(status().is(200)));
    }

    static ScenarioBuilder reading(FeederBuilder<Object> students, String topicId) {
        return scenario("reading").feed(students)
                .exec(http("reading: catalog").get(SuiteUnderTest.QUIZ + "/catalog/topics")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("reading: topic notes").get(SuiteUnderTest.QUIZ + "/catalog/topics/" + topicId)
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("reading: essay questions").get(SuiteUnderTest.GRADING + "/essay-questions?topicId=" + topicId)
                        .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }

    /** A student starts a timed exam on the topic, answers every question and hands it in. */
    static ScenarioBuilder examRush(FeederBuilder<Object> students, String topicId) {
        return scenario("exam rush").feed(students)
                .exec(http("rush: start exam").post(SuiteUnderTest.QUIZ + "/sessions")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"topicIds\": [\"" + topicId + "\"], \"mode\": \"EXAM\", \"questionCount\": "
                                + EXAM_QUESTIONS + "}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("sessionId"), bodyString().saveAs("session")))
                .exec(session -> session.set("answers", SessionItems.answers(session.getString("session"))).remove("session"))
                .foreach(session -> session.getList("answers"), "answer").on(
                        exec(http("rush: answer").put(session -> SuiteUnderTest.QUIZ + "/sessions/" + session.getString("sessionId")
                                + "/items/" + session.<SessionItems.Answer>get("answer").itemId() + "/answer")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody(session -> session.<SessionItems.Answer>get("answer").body()))
                                .check(status().is(200))))
                .exec(http("rush: finish").post(SuiteUnderTest.QUIZ + "/sessions/#{sessionId}/finish")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }

    /**
     * A student hands in an essay plan in a practice session, waits for grading-service's evidence
     * checks, grades themself against the rubric, and waits for the grade in their session, polling
     * with back-off ({@link #pollPause}). The waits are not the flow's figures (see EventFlowTimes).
     */
    static ScenarioBuilder essayFlow(FeederBuilder<Object> students, String topicId) {
        ChainBuilder untilEvidenceChecks = exec(session -> session.set("assessed", false))
                .asLongAsDuring(session -> !session.getBoolean("assessed"), FLOW_TIMEOUT, "polls").on(
                        pause(Scenarios::pollPause)
                                .exec(http("essay: poll grading for the checks").get(SuiteUnderTest.GRADING + "/assessments/#{planId}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().in(200, 404).saveAs("assessmentStatus"), bodyString().saveAs("assessment")))
                                .exec(session -> session.set("assessed", session.getInt("assessmentStatus") == 200)))
                .exec(doIf(session -> !session.getBoolean("assessed")).then(exec(session -> session.markAsFailed())));
        ChainBuilder untilGradeInSession = exec(session -> session.set("graded", false))
                .asLongAsDuring(session -> !session.getBoolean("graded"), FLOW_TIMEOUT, "polls").on(
                        pause(Scenarios::pollPause)
                                .exec(http("essay: poll quiz for the grade").get(SuiteUnderTest.QUIZ + "/sessions/#{sessionId}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200), bodyString().saveAs("session")))
                                .exec(session -> session.set("graded", SessionItems.essayGraded(session.getString("session")))))
                .exec(doIf(session -> !session.getBoolean("graded")).then(exec(session -> session.markAsFailed())));

        return scenario("essay flow").feed(students)
                .exec(http("essay: start practice with an essay").post(SuiteUnderTest.QUIZ + "/sessions")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"topicIds\": [\"" + topicId + "\"], \"mode\": \"PRACTICE\", \"questionCount\": 1, \"includeEssay\": true}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("sessionId"), bodyString().saveAs("session")))
                .exec(session -> session.set("essayItemId", SessionItems.essayItemId(session.getString("session"))))
                .group("essay: hand-in to checks in grading").on(
                        exec(http("essay: hand in the plan").post(SuiteUnderTest.QUIZ + "/sessions/#{sessionId}/items/#{essayItemId}/essay-plan")
                                .header("Authorization", "Bearer #{token}").body(StringBody(PLAN))
                                .check(status().is(202), jsonPath("$.planId").saveAs("planId")))
                                .exec(untilEvidenceChecks))
                .exitHereIfFailed()
                .exec(session -> session.set("selfAssessment", SelfAssessments.midBandFor(session.getString("assessment"))))
                .group("essay: self-assessment to grade in quiz").on(
                        exec(http("essay: self-assess").put(SuiteUnderTest.GRADING + "/assessments/#{planId}/self-assessment")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody(session -> session.getString("selfAssessment")))
                                .check(status().is(200)))
                                .exec(untilGradeInSession));
    }

    private static Duration pollPause(Session session) {
        int doublings = Math.min(session.getInt("polls"), 4);
        Duration pause = FIRST_POLL.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause;
    }
}

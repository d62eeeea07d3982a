package org.examsuite.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;

import java.time.Duration;
import java.util.stream.Stream;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * The benchmark's main run, one phase after another so that each is measured alone: the baselines
 * (each service's liveness at the rush's request rate), reading, the exam rush and the essay flow.
 * Arrivals are open (a fixed rate of new users, whatever the latency), which keeps slow responses
 * from throttling the load that measures them. The raw Kafka round trip, the event flow's baseline,
 * runs in {@link #before()} on the suite's broker.
 */
public class SchoolDaySimulation extends Simulation {

    private static final int RUSH_STUDENTS_PER_SECOND = Integer.getInteger("benchmark.rush.rate", 10);
    private static final int ESSAYS_PER_SECOND = Integer.getInteger("benchmark.essay.rate", 20);
    private static final int READERS_PER_SECOND = Integer.getInteger("benchmark.reading.rate", 50);
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.phase.seconds", 60));
    private static final Duration BASELINE_PHASE = PHASE.dividedBy(3);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** The rush's requests per second: a start, an answer per question and a finish per student. */
    private static final int RUSH_REQUESTS_PER_SECOND = RUSH_STUDENTS_PER_SECOND * (Scenarios.EXAM_QUESTIONS + 2);

    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Override
    public void before() {
        KafkaRoundTrip.measureAndRecord(ESSAYS_PER_SECOND, BASELINE_PHASE);
    }

    @Override
    public void after() {
        EventFlowTimes.measureAndRecord(run + "-e");
    }

    {
        String topicId = SuiteUnderTest.demoTopicId();

        setUp(Scenarios.liveness("content-service", SuiteUnderTest.CONTENT).injectOpen(atRate(RUSH_REQUESTS_PER_SECOND, BASELINE_PHASE))
                .andThen(Scenarios.liveness("quiz-service", SuiteUnderTest.QUIZ).injectOpen(atRate(RUSH_REQUESTS_PER_SECOND, BASELINE_PHASE)))
                .andThen(Scenarios.liveness("grading-service", SuiteUnderTest.GRADING).injectOpen(atRate(RUSH_REQUESTS_PER_SECOND, BASELINE_PHASE)))
                .andThen(Scenarios.reading(Scenarios.students(run + "-r", users(READERS_PER_SECOND, PHASE)), topicId)
                        .injectOpen(atRate(READERS_PER_SECOND, PHASE)))
                .andThen(Scenarios.examRush(Scenarios.students(run + "-x", users(RUSH_STUDENTS_PER_SECOND, PHASE)), topicId)
                        .injectOpen(atRate(RUSH_STUDENTS_PER_SECOND, PHASE)))
                .andThen(Scenarios.essayFlow(Scenarios.students(run + "-e", users(ESSAYS_PER_SECOND, PHASE)), topicId)
                        .injectOpen(atRate(ESSAYS_PER_SECOND, PHASE))))
                .protocols(Scenarios.protocol())
                .assertions(Figures.all(Stream.of(
                        Figures.of("baseline: content-service liveness"), Figures.of("baseline: quiz-service liveness"),
                        Figures.of("baseline: grading-service liveness"),
                        Figures.of("reading: catalog"), Figures.of("reading: topic notes"), Figures.of("reading: essay questions"),
                        Figures.of("rush: start exam"), Figures.of("rush: answer"), Figures.of("rush: finish"),
                        Figures.of("essay: hand-in to checks in grading", "essay: hand in the plan"),
                        Figures.of("essay: hand-in to checks in grading"), Figures.of("essay: self-assessment to grade in quiz"))));
    }

    private static OpenInjectionStep[] atRate(int perSecond, Duration duration) {
        return new OpenInjectionStep[] {nothingFor(SETTLE), constantUsersPerSec(perSecond).during(duration)};
    }

    static int users(int perSecond, Duration duration) {
        return (int) (perSecond * duration.toSeconds() + perSecond);
    }
}

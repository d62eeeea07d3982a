package org.examsuite.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;

import java.time.Duration;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Simulation;

/**
 * The essay flow alone at one rate ({@code -Dbenchmark.rate}, plans per second), e.g. to profile
 * grading-service under it: {@code cd benchmarks && ../mvnw gatling:test
 * -Dgatling.simulationClass=org.examsuite.benchmarks.EssayFlowSimulation -Dbenchmark.rate=10}.
 */
public class EssayFlowSimulation extends Simulation {

    private static final int PLANS_PER_SECOND = Integer.getInteger("benchmark.rate", 10);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("benchmark.step.seconds", 30));

    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Override
    public void after() {
        EventFlowTimes.measureAndRecord(run + "-e");
    }

    {
        String topicId = SuiteUnderTest.demoTopicId();
        setUp(Scenarios.essayFlow(Scenarios.students(run + "-e", SchoolDaySimulation.users(PLANS_PER_SECOND, DURATION)), topicId)
                .injectOpen(nothingFor(Duration.ofSeconds(2)), constantUsersPerSec(PLANS_PER_SECOND).during(DURATION)))
                .protocols(Scenarios.protocol())
                .assertions(Figures.all(Stream.of(Figures.of("essay: hand-in to checks in grading"),
                        Figures.of("essay: self-assessment to grade in quiz"),
                        Figures.of("essay: start practice with an essay"),
                        Figures.of("essay: hand-in to checks in grading", "essay: hand in the plan"),
                        Figures.of("essay: hand-in to checks in grading", "essay: poll grading for the checks"),
                        Figures.of("essay: self-assessment to grade in quiz", "essay: self-assess"),
                        Figures.of("essay: self-assessment to grade in quiz", "essay: poll quiz for the grade"))));
    }
}

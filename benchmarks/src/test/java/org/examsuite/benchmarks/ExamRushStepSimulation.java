package org.examsuite.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;

import java.time.Duration;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Simulation;

/**
 * One step of the step run: the exam rush at one arrival rate ({@code -Dbenchmark.rate}, students
 * per second). ./benchmark raises the rate step by step until p99 passes 100 ms or a request fails.
 */
public class ExamRushStepSimulation extends Simulation {

    private static final int STUDENTS_PER_SECOND = Integer.getInteger("benchmark.rate", 5);
    private static final Duration STEP = Duration.ofSeconds(Integer.getInteger("benchmark.step.seconds", 30));

    {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String topicId = SuiteUnderTest.demoTopicId();
        setUp(Scenarios.examRush(Scenarios.students(run + "-s", SchoolDaySimulation.users(STUDENTS_PER_SECOND, STEP)), topicId)
                .injectOpen(nothingFor(Duration.ofSeconds(2)), constantUsersPerSec(STUDENTS_PER_SECOND).during(STEP)))
                .protocols(Scenarios.protocol())
                .assertions(Figures.all(Stream.of(Figures.of(), Figures.of("rush: answer"))));
    }
}

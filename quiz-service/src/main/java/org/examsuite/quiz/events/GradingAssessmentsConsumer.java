package org.examsuite.quiz.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.events.EventType;
import org.examsuite.platform.events.EventConsumption;
import org.examsuite.quiz.domain.EssayGrades;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Folds essay grades from grading.assessments into sessions; what cannot be used goes to quiz-service.grading.assessments.dlq. */
@ApplicationScoped
public class GradingAssessmentsConsumer {

    public static final String CONSUMER = "quiz-service.essay-grades";

    @Inject
    EventConsumption consumption;

    @Inject
    EssayGrades grades;

    @Incoming("grading-assessments")
    @Blocking
    public void onAssessmentEvent(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, Set.of(EventType.ASSESSMENT_GRADED_V1, EventType.ASSESSMENT_MODERATED_V1),
                grades::apply);
    }
}

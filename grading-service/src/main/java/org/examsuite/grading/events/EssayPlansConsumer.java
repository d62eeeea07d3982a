package org.examsuite.grading.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.events.EventType;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.grading.domain.Assessments;
import org.examsuite.platform.events.EventConsumption;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns plans handed in during quiz sessions into assessments, checked on arrival. */
@ApplicationScoped
public class EssayPlansConsumer {

    static final String CONSUMER = "grading-service/essay-plans";

    @Inject
    EventConsumption consumption;

    @Inject
    Assessments assessments;

    @Incoming("essay-plans")
    @Blocking
    public void onEssayPlan(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, Set.of(EventType.ESSAY_PLAN_SUBMITTED_V1),
                event -> assessments.acceptFromSession(event.payloadAs(EssayPlanSubmittedV1.class)));
    }
}

package org.examsuite.grading.events;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.examsuite.events.EventType;
import org.examsuite.events.privacy.StudentErasureRequestedV1;
import org.examsuite.grading.domain.StudentErasure;
import org.examsuite.platform.events.EventConsumption;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deletes a student's assessments when an admin has the student's data erased (privacy.erasures). */
@ApplicationScoped
public class PrivacyErasuresConsumer {

    static final String CONSUMER = "grading-service/privacy-erasures";

    @Inject
    EventConsumption consumption;

    @Inject
    StudentErasure erasure;

    @Incoming("privacy-erasures")
    @Blocking
    public void onErasure(ConsumerRecord<String, String> record) {
        consumption.consume(CONSUMER, record, Set.of(EventType.STUDENT_ERASURE_REQUESTED_V1),
                event -> erasure.apply(event.payloadAs(StudentErasureRequestedV1.class)));
    }
}

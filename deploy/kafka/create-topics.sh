#!/bin/bash
# Creates the suite's topics with their partition counts (the same list as
# event-contracts' KafkaTopic); broker auto-creation is off. Idempotent.
set -euo pipefail
BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
TOPICS="content.topics:3 quiz.essay-plans:6 quiz.sessions:3 grading.assessments:6 privacy.erasures:3
quiz-service.content.topics.dlq:1 quiz-service.grading.assessments.dlq:1
grading-service.content.topics.dlq:1 grading-service.quiz.essay-plans.dlq:1
grading-service.privacy.erasures.dlq:1"
for entry in $TOPICS; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "${entry%%:*}" --partitions "${entry##*:}" --replication-factor 1
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --list

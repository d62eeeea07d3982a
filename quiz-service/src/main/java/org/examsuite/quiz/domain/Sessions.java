package org.examsuite.quiz.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.examsuite.events.EventType;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.QuestionType;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.events.quiz.EssayPlan;
import org.examsuite.events.quiz.EssayPlanSubmittedV1;
import org.examsuite.events.quiz.ScoreSummary;
import org.examsuite.events.quiz.SessionCompletedV1;
import org.examsuite.platform.events.EventPublisher;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.quiz.persistence.AnswerAttempt;
import org.examsuite.quiz.persistence.QuizSession;
import org.examsuite.quiz.persistence.SessionItem;
import org.examsuite.quiz.persistence.SessionTopic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The life of a session: start (draw and lay out the questions), answer, hand in an essay plan,
 * finish, abandon, and close at the deadline.
 * <p>
 * Concurrency: answering takes a shared lock on the session row and relies on the item's version,
 * so answers to different items run side by side while two answers to one item conflict (the
 * loser gets 409). Finishing, abandoning, expiring and folding in an essay grade take the session
 * row exclusively, so they wait for answers in flight and never score half a session.
 */
@ApplicationScoped
public class Sessions {

    @Inject
    Catalog catalog;

    @Inject
    ReviewSchedule reviews;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quiz.exam.seconds-per-question", defaultValue = "90")
    int examSecondsPerQuestion;

    private final SecureRandom seeds = new SecureRandom();

    private record Candidate(TopicPublishedV1 topic, RecallQuestion question) {
    }

    private record EssayCandidate(TopicPublishedV1 topic, EssayQuestion essay) {
    }

    @Transactional
    public QuizSession start(String studentId, StartSession request) {
        Instant now = now();
        List<TopicPublishedV1> topics = request.topicIds().stream().map(catalog::openForPractice).toList();
        Set<QuestionType> types = request.questionTypes().isEmpty() ? EnumSet.allOf(QuestionType.class)
                : EnumSet.copyOf(request.questionTypes());
        List<Candidate> candidates = topics.stream()
                .flatMap(topic -> topic.questions().stream().filter(q -> types.contains(q.type()))
                        .map(q -> new Candidate(topic, q)))
                .sorted(Comparator.comparing((Candidate c) -> c.topic().topicId()).thenComparing(c -> c.question().id()))
                .toList();
        if (request.mode() == SessionMode.REVIEW) {
            Set<UUID> due = reviews.due(studentId, request.topicIds(), now);
            candidates = candidates.stream().filter(c -> due.contains(c.question().id())).toList();
            if (candidates.isEmpty()) {
                throw ProblemException.unprocessable("Nothing in these topics is due for review yet; practise them first");
            }
        }
        long seed = seeds.nextLong();
        List<Candidate> drawn = QuestionDraw.draw(candidates, request.questionCount(), seed);
        EssayCandidate essay = null;
        if (request.includeEssay()) {
            essay = QuestionDraw.pickOne(topics.stream()
                    .flatMap(topic -> topic.essayQuestions().stream().map(e -> new EssayCandidate(topic, e)))
                    .sorted(Comparator.comparing((EssayCandidate c) -> c.topic().topicId()).thenComparing(c -> c.essay().id()))
                    .toList(), seed);
            if (essay == null) {
                throw ProblemException.unprocessable("These topics have no essay questions; start the session without an essay");
            }
        }
        if (drawn.isEmpty() && essay == null) {
            throw ProblemException.unprocessable("These topics have no questions of the types asked for");
        }

        QuizSession session = new QuizSession();
        session.id = UUID.randomUUID();
        session.studentId = studentId;
        session.mode = request.mode();
        session.status = SessionStatus.ACTIVE;
        session.topics = topics.stream().map(t -> new SessionTopic(t.topicId(), t.version(), t.title())).toList();
        session.seed = seed;
        session.questionCount = request.questionCount();
        session.questionTypes = List.copyOf(request.questionTypes());
        session.includeEssay = request.includeEssay();
        session.startedAt = now;
        for (Candidate candidate : drawn) {
            session.items.add(recallItem(session, session.items.size() + 1, candidate));
        }
        if (essay != null) {
            session.items.add(essayItem(session, session.items.size() + 1, essay));
        }
        session.timeLimitSeconds = request.timeLimitSeconds() != null ? request.timeLimitSeconds()
                : request.mode() == SessionMode.EXAM ? defaultExamSeconds(drawn.size(), essay) : null;
        session.deadline = session.timeLimitSeconds == null ? null : now.plusSeconds(session.timeLimitSeconds);
        session.persist();
        return session;
    }

    /** Any student's session, for teachers; 404 when there is none. */
    @Transactional
    public QuizSession find(UUID sessionId) {
        QuizSession session = em.find(QuizSession.class, sessionId);
        if (session == null) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    /** The student's own session; another student's is as good as absent (404). */
    @Transactional
    public QuizSession owned(String studentId, UUID sessionId) {
        return owned(studentId, sessionId, LockModeType.NONE);
    }

    @Transactional
    public SessionItem answer(String studentId, UUID sessionId, UUID itemId, Answer answer) {
        Instant now = now();
        QuizSession session = owned(studentId, sessionId, LockModeType.PESSIMISTIC_READ);
        requireOpen(session, now);
        SessionItem item = itemOf(session, itemId);
        if (item.kind == ItemKind.ESSAY) {
            throw ProblemException.unprocessable("Item " + itemId + " is an essay task; hand in a plan with POST /sessions/"
                    + sessionId + "/items/" + itemId + "/essay-plan");
        }
        AnswerShapes.requireValid(item.question, item.layout(), answer);
        Mark mark = Marking.mark(item.question, answer, item.layout());
        boolean first = item.attempts == 0;
        item.answer = answer;
        item.mark = mark;
        item.answeredAt = now;
        item.attempts++;
        if (session.mode == SessionMode.EXAM) {
            item.state = ItemState.ANSWERED;
            item.score = mark.score();
        } else {
            item.state = ItemState.MARKED;
            if (first) {
                item.score = mark.score();
            }
        }
        AnswerAttempt.of(item.id, answer, mark.score(), now).persist();
        // A concurrent answer to this item surfaces here as an optimistic-lock conflict (409), before the review card is touched.
        em.flush();
        if (first && session.mode != SessionMode.EXAM) {
            reviews.record(studentId, item.topicId, item.questionId, mark.fullMarks(), now);
        }
        return item;
    }

    @Transactional
    public SessionItem submitPlan(String studentId, UUID sessionId, UUID itemId, EssayPlan plan) {
        Instant now = now();
        QuizSession session = owned(studentId, sessionId, LockModeType.PESSIMISTIC_READ);
        requireOpen(session, now);
        SessionItem item = itemOf(session, itemId);
        if (item.kind != ItemKind.ESSAY) {
            throw ProblemException.unprocessable("Item " + itemId + " is a " + item.kind + " question; answer it with PUT /sessions/"
                    + sessionId + "/items/" + itemId + "/answer");
        }
        if (item.state != ItemState.UNANSWERED) {
            throw ProblemException.conflict("A plan was already handed in for item " + itemId + " (plan " + item.planId + ")");
        }
        item.planId = UUID.randomUUID();
        item.plan = plan;
        item.planSubmittedAt = now;
        item.state = ItemState.AWAITING_SELF_ASSESSMENT;
        item.attempts++;
        em.flush();
        events.publish(EventType.ESSAY_PLAN_SUBMITTED_V1, item.planId.toString(), new EssayPlanSubmittedV1(item.planId,
                studentId, session.id, item.id, item.questionId, item.topicId, item.topicVersion, plan, now));
        return item;
    }

    @Transactional
    public QuizSession finish(String studentId, UUID sessionId) {
        Instant now = now();
        QuizSession session = owned(studentId, sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireActive(session);
        if (session.overdue(now)) {
            complete(session, SessionStatus.EXPIRED, session.deadline);
        } else {
            complete(session, SessionStatus.FINISHED, now);
        }
        return session;
    }

    @Transactional
    public QuizSession abandon(String studentId, UUID sessionId) {
        QuizSession session = owned(studentId, sessionId, LockModeType.PESSIMISTIC_WRITE);
        requireActive(session);
        session.status = SessionStatus.ABANDONED;
        session.completedAt = now();
        return session;
    }

    /**
     * Closes the session first if the request finds it running past its deadline. The check reads the
     * session into the request's own persistence context, where the request finds it again, so a session
     * on time costs no transaction or query of its own (one each per request was 13 % of quiz-service's
     * samples in the exam rush's profile); an overdue one is closed in a transaction of its own, so that the
     * expiry stands when the request then fails with 409, and read again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkDeadline(UUID sessionId) {
        QuizSession session = em.find(QuizSession.class, sessionId);
        if (session != null && session.overdue(now())
                && QuarkusTransaction.requiringNew().call(() -> closeIfOverdue(sessionId))) {
            em.refresh(session);
        }
    }

    /** Closes the session at its deadline if it is still running past it; true when it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closeIfOverdue(UUID sessionId) {
        Long overdue = QuizSession.count("id = ?1 and status = ?2 and deadline <= ?3", sessionId, SessionStatus.ACTIVE, now());
        if (overdue == 0) {
            return false;
        }
        QuizSession session = em.find(QuizSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (!session.overdue(now())) {
            return false;
        }
        complete(session, SessionStatus.EXPIRED, session.deadline);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> overdueOf(String studentId) {
        return QuizSession.overdueOf(studentId, now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> overdue(int limit) {
        return QuizSession.overdue(now(), limit);
    }

    /** Recomputes a completed session's stored score, e.g. when an essay grade arrives after the end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SessionScores rescore(QuizSession session) {
        SessionScores scores = scores(session);
        session.score = SessionScores.rounded(scores.score());
        session.maxScore = SessionScores.rounded(scores.maxScore());
        session.pendingEssays = scores.pendingEssays();
        return scores;
    }

    public static SessionScores scores(QuizSession session) {
        return SessionScores.of(session.items.stream().map(Sessions::scored).toList());
    }

    public static SessionScores.ScoredItem scored(SessionItem item) {
        return new SessionScores.ScoredItem(item.kind, item.topicId, item.sectionId, item.sectionTitle,
                item.score == null ? 0 : item.score, item.maxScore, item.score != null,
                item.state == ItemState.AWAITING_SELF_ASSESSMENT);
    }

    private void complete(QuizSession session, SessionStatus status, Instant at) {
        // Review cards are locked in question order, so two sessions closing at once cannot deadlock on them.
        List<SessionItem> answered = session.items.stream().filter(i -> i.state == ItemState.ANSWERED)
                .sorted(Comparator.comparing((SessionItem i) -> i.questionId)).toList();
        for (SessionItem item : answered) {
            item.state = ItemState.MARKED;
            reviews.record(session.studentId, item.topicId, item.questionId, item.mark.fullMarks(), at);
        }
        session.items.stream().filter(i -> i.state == ItemState.UNANSWERED).forEach(i -> i.score = 0.0);
        session.status = status;
        session.completedAt = at;
        SessionScores scores = rescore(session);
        events.publish(EventType.SESSION_COMPLETED_V1, session.id.toString(), new SessionCompletedV1(session.id,
                session.studentId, session.topicIds(), session.mode.name(), session.score, session.maxScore,
                session.pendingEssays, summaries(scores.byKind(), false), summaries(scores.bySection(), true),
                session.startedAt, session.completedAt));
    }

    private static List<ScoreSummary> summaries(List<SessionScores.Slice> slices, boolean byTitle) {
        return slices.stream().map(s -> new ScoreSummary(byTitle ? s.title() : s.key(), SessionScores.rounded(s.score()),
                SessionScores.rounded(s.maxScore()), s.items())).toList();
    }

    private QuizSession owned(String studentId, UUID sessionId, LockModeType lock) {
        QuizSession session = em.find(QuizSession.class, sessionId, lock);
        if (session == null || !session.studentId.equals(studentId)) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    /**
     * Loads the one item, not the session's whole list: every loaded item has its JSON columns
     * parsed, copied and dirty-checked at flush, which made answering cost in proportion to the
     * session's length (the benchmark's profile of the exam rush; README, Performance).
     */
    private SessionItem itemOf(QuizSession session, UUID itemId) {
        SessionItem item = em.find(SessionItem.class, itemId);
        if (item == null || !item.session.id.equals(session.id)) {
            throw ProblemException.notFound("Item", itemId + " of session " + session.id);
        }
        return item;
    }

    private static void requireActive(QuizSession session) {
        if (session.status != SessionStatus.ACTIVE) {
            throw ProblemException.conflict("Session " + session.id + " is " + session.status + " and takes no more changes");
        }
    }

    private static void requireOpen(QuizSession session, Instant now) {
        requireActive(session);
        if (session.overdue(now)) {
            throw ProblemException.conflict("The deadline of session " + session.id + " passed at " + session.deadline
                    + "; no more answers are taken");
        }
    }

    private int defaultExamSeconds(int recallItems, EssayCandidate essay) {
        return recallItems * examSecondsPerQuestion + (essay == null ? 0 : essay.essay().suggestedMinutes() * 60);
    }

    private static SessionItem recallItem(QuizSession session, int position, Candidate candidate) {
        SessionItem item = newItem(session, position, candidate.topic());
        RecallQuestion question = candidate.question();
        item.kind = ItemKind.of(question.type());
        item.questionId = question.id();
        item.sectionId = question.sectionId();
        item.sectionTitle = SnapshotCheck.sectionTitle(candidate.topic(), question.sectionId());
        item.question = question;
        item.maxScore = Marking.MARKS_PER_QUESTION;
        return item;
    }

    private static SessionItem essayItem(QuizSession session, int position, EssayCandidate candidate) {
        SessionItem item = newItem(session, position, candidate.topic());
        item.kind = ItemKind.ESSAY;
        item.questionId = candidate.essay().id();
        item.essay = candidate.essay();
        item.maxScore = candidate.essay().marks();
        return item;
    }

    private static SessionItem newItem(QuizSession session, int position, TopicPublishedV1 topic) {
        SessionItem item = new SessionItem();
        item.id = UUID.randomUUID();
        item.session = session;
        item.position = position;
        item.topicId = topic.topicId();
        item.topicVersion = topic.version();
        item.state = ItemState.UNANSWERED;
        return item;
    }

    /** Microseconds, as PostgreSQL stores them, so that what a client is shown equals what is read back. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

package org.examsuite.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.examsuite.events.content.ChoiceOption;
import org.examsuite.events.content.EssayQuestion;
import org.examsuite.events.content.IndicativeFactor;
import org.examsuite.events.content.KeyPoint;
import org.examsuite.events.content.NoteSection;
import org.examsuite.events.content.RecallQuestion;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.text.EnglishText;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An in-process Lucene index of the published content: a read model, rebuilt from the published
 * versions at start and kept current by the topic events that every replica reads, so each
 * replica answers the same whatever the database. Only the latest published version of a topic
 * that is not retracted is searchable.
 */
@ApplicationScoped
public class SearchIndex {

    private static final String TOPIC_ID = "topicId";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String SUBJECT = "subject";
    private static final String LEVEL = "level";
    private static final String BOARD = "board";
    private static final int SNIPPET_LENGTH = 240;

    private final Analyzer analyzer = EnglishText.analyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, Integer> indexedVersions = new ConcurrentHashMap<>();

    public SearchIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code topic} the searchable version of its topic, unless a newer version is indexed already. */
    public synchronized void index(TopicPublishedV1 topic) {
        Integer current = indexedVersions.get(topic.topicId());
        if (current != null && current >= topic.version()) {
            return;
        }
        try {
            writer.deleteDocuments(new Term(TOPIC_ID, topic.topicId().toString()));
            writer.addDocuments(documents(topic));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexedVersions.put(topic.topicId(), topic.version());
    }

    /** Withdraws a retracted topic, unless a version newer than the retracted one is indexed. */
    public synchronized void remove(UUID topicId, int retractedVersion) {
        Integer current = indexedVersions.get(topicId);
        if (current == null || current > retractedVersion) {
            return;
        }
        try {
            writer.deleteDocuments(new Term(TOPIC_ID, topicId.toString()));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexedVersions.remove(topicId);
    }

    public SearchResults search(String text, SearchFilter filter, int page, int size) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2.0f, TEXT, 1.0f));
        Query matching = parser.parse(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
        if (filter.subject() != null) {
            query.add(new TermQuery(new Term(SUBJECT, normalise(filter.subject()))), BooleanClause.Occur.FILTER);
        }
        if (filter.level() != null) {
            query.add(new TermQuery(new Term(LEVEL, filter.level().name())), BooleanClause.Occur.FILTER);
        }
        if (filter.board() != null) {
            query.add(new TermQuery(new Term(BOARD, normalise(filter.board()))), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), (page + 1) * size);
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page * size; i < docs.length; i++) {
                    hits.add(hit(searcher.storedFields().document(docs[i].doc), docs[i].score));
                }
                return new SearchResults(hits, page, size, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private static List<Document> documents(TopicPublishedV1 topic) {
        List<Document> documents = new ArrayList<>();
        for (NoteSection section : topic.sections()) {
            for (KeyPoint point : section.keyPoints()) {
                String title = point.heading() == null ? section.title() : section.title() + ": " + point.heading();
                documents.add(document(topic, SearchHit.Kind.NOTE, section.id(), title, point.text()));
            }
        }
        for (RecallQuestion question : topic.questions()) {
            documents.add(document(topic, SearchHit.Kind.QUESTION, question.id(), question.prompt(),
                    join(Stream.concat(Stream.of(question.explanation()), choices(question)))));
        }
        for (EssayQuestion essay : topic.essayQuestions()) {
            documents.add(document(topic, SearchHit.Kind.ESSAY_QUESTION, essay.id(), essay.prompt(),
                    join(Stream.concat(Stream.of(essay.guidance()), essay.indicativeContent().stream().map(IndicativeFactor::title)))));
        }
        return documents;
    }

    private static Stream<String> choices(RecallQuestion question) {
        if (question instanceof RecallQuestion.SingleChoice single) {
            return single.options().stream().map(ChoiceOption::text);
        }
        if (question instanceof RecallQuestion.MultipleChoice multiple) {
            return multiple.options().stream().map(ChoiceOption::text);
        }
        return Stream.empty();
    }

    private static Document document(TopicPublishedV1 topic, SearchHit.Kind kind, UUID itemId, String title, String text) {
        Document doc = new Document();
        doc.add(new StringField(TOPIC_ID, topic.topicId().toString(), Field.Store.YES));
        doc.add(new StoredField("topicVersion", topic.version()));
        doc.add(new StoredField("topicTitle", topic.title()));
        doc.add(new StoredField("kind", kind.name()));
        doc.add(new StoredField("itemId", itemId.toString()));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(TEXT, text == null ? "" : text, Field.Store.YES));
        doc.add(new StringField(SUBJECT, normalise(topic.subject()), Field.Store.NO));
        topic.levels().forEach(level -> doc.add(new StringField(LEVEL, level.name(), Field.Store.NO)));
        topic.boards().forEach(board -> doc.add(new StringField(BOARD, normalise(board), Field.Store.NO)));
        return doc;
    }

    private static SearchHit hit(Document doc, float score) {
        String text = doc.get(TEXT);
        String snippet = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
        return new SearchHit(SearchHit.Kind.valueOf(doc.get("kind")), UUID.fromString(doc.get(TOPIC_ID)),
                doc.getField("topicVersion").numericValue().intValue(), doc.get("topicTitle"),
                UUID.fromString(doc.get("itemId")), doc.get(TITLE), snippet, score);
    }

    private static String join(Stream<String> parts) {
        return parts.filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }

    private static String normalise(String keyword) {
        return keyword.trim().toLowerCase(Locale.ROOT);
    }
}

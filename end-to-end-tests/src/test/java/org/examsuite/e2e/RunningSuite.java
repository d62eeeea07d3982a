package org.examsuite.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.examsuite.devbroker.KafkaDevBroker;
import org.examsuite.events.KafkaTopic;
import org.examsuite.testsupport.TestTokens;

/**
 * The whole suite as it runs in production, on this machine: a real Kafka broker, the local
 * PostgreSQL, and each service's packaged fast-jar started as its own process with its settings
 * in environment variables — those of docker-compose.yml, with this host's addresses. Each service
 * gets a database of its own, emptied at start, which it reaches through a {@link DatabaseLink} that
 * the tests can cut.
 */
final class RunningSuite implements AutoCloseable {

    enum Service {
        CONTENT("content-service", "e2e_content"),
        QUIZ("quiz-service", "e2e_quiz"),
        GRADING("grading-service", "e2e_grading");

        final String module;
        final String database;

        Service(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    private static final ComposeFile COMPOSE = ComposeFile.ofRepository();
    /** Generous: with builds beside it on this machine's 2 cores, a service took 161 s to start. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private KafkaDevBroker broker;
    private boolean brokerDown;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final Map<Service, Integer> ports = new LinkedHashMap<>();
    private final Map<Service, DatabaseLink> databaseLinks = new LinkedHashMap<>();
    private final Map<Service, Connection> lookupConnections = new LinkedHashMap<>();
    private final Path logs;

    private final Path root;

    private RunningSuite(KafkaDevBroker broker, Path root, Path logs) {
        this.broker = broker;
        this.root = root;
        this.logs = logs;
    }

    static RunningSuite start() throws IOException {
        Path root = Path.of(System.getProperty("suite.root", ".."));
        Path logs = Files.createDirectories(Path.of(System.getProperty("suite.logs", "target/e2e-logs")));
        KafkaDevBroker broker = KafkaDevBroker.start(Files.createTempDirectory("e2e-kafka-"), 0, 0);
        System.out.println("[e2e] real Kafka broker (KRaft, Apache Kafka jars) at " + broker.bootstrapServers());
        RunningSuite suite = new RunningSuite(broker, root, logs);
        try {
            for (Service service : Service.values()) {
                suite.launch(service, true);
            }
            for (Service service : Service.values()) {
                suite.awaitReady(service, START_TIMEOUT);
            }
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The broker goes away (as in an outage); the services stay up. */
    void stopBroker() {
        broker.close();
        brokerDown = true;
        System.out.println("[e2e] Kafka broker stopped");
    }

    /** The broker comes back on the same ports with the same data. */
    void startBroker() {
        broker = broker.startAgain();
        brokerDown = false;
        System.out.println("[e2e] Kafka broker started again at " + broker.bootstrapServers());
    }

    /** Stops one service the way an operator would (SIGTERM) and waits for it to exit. */
    void stop(Service service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * Kills one service without warning (SIGKILL: no shutdown, no last offset commit, no relay of what
     * its outbox holds), as a crash or the kernel's out-of-memory killer would, and returns its exit
     * status once it is gone.
     */
    int kill(Service service) throws InterruptedException {
        Process process = processes.remove(service);
        process.destroyForcibly();
        return process.waitFor();
    }

    /** The service loses its database: new connections are refused and open ones break. The service keeps running. */
    void cutDatabase(Service service) {
        databaseLinks.get(service).cut();
        System.out.println("[e2e] database of " + service.module + " cut off");
    }

    /** The service's database is reachable again on the same address. */
    void restoreDatabase(Service service) {
        databaseLinks.get(service).restore();
        System.out.println("[e2e] database of " + service.module + " reachable again");
    }

    /**
     * A connection to the service's database for the test's own look-ups, open for the suite's life (tests poll
     * with it): straight to PostgreSQL, never through the link.
     */
    synchronized Connection database(Service service) throws SQLException {
        Connection connection = lookupConnections.get(service);
        if (connection == null) {
            connection = DriverManager.getConnection("jdbc:postgresql://" + databaseHost() + ":" + databasePort() + "/" + service.database,
                    System.getProperty("test.db.username", "examsuite"), System.getProperty("test.db.password", "examsuite"));
            lookupConnections.put(service, connection);
        }
        return connection;
    }

    /** Records on {@code topic} that consumer group {@code group} has not committed yet: 0 once it has caught up. */
    long unconsumed(String group, KafkaTopic topic) throws InterruptedException, ExecutionException, TimeoutException {
        return endOffsets(topic) - committedOffsets(group, topic);
    }

    /** How many records {@code topic} has had, summed over its partitions. */
    long endOffsets(KafkaTopic topic) throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic.topicName())).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic.topicName()).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic.topicName(), p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        }
    }

    /** The offsets that consumer group {@code group} has committed on {@code topic}, summed over its partitions. */
    long committedOffsets(String group, KafkaTopic topic) throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .filter(committed -> committed.getKey().topic().equals(topic.topicName()) && committed.getValue() != null)
                    .mapToLong(committed -> committed.getValue().offset()).sum();
        }
    }

    /** Starts a stopped service again on its port and database, keeping its data, and waits until it is ready. */
    void start(Service service) throws IOException {
        launch(service, false);
        awaitReady(service, START_TIMEOUT);
    }

    private void launch(Service service, boolean emptyDatabase) throws IOException {
        Path jar = root.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services before the end-to-end tests");
        }
        int port = ports.computeIfAbsent(service, s -> freePort());
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service.module + ".log").toFile()));
        Map<String, String> env = builder.environment();
        // What Compose would give the container, then only what differs on this host: addresses, the
        // test database and the test token issuer.
        env.putAll(COMPOSE.environment(service.module));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        DatabaseLink link = databaseLinks.computeIfAbsent(service, s -> DatabaseLink.to(databaseHost(), databasePort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + link.port() + "/" + service.database);
        env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("test.db.username", "examsuite"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("test.db.password", "examsuite"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(emptyDatabase));
        processes.put(service, builder.start());
        System.out.println("[e2e] started " + service.module + " on port " + port + " (log: " + logs.resolve(service.module + ".log") + ")");
    }

    private void awaitReady(Service service, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant start = Instant.now();
        Awaitility.await(service.module + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service.module + " exited during start; see " + logs.resolve(service.module + ".log"));
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
        System.out.println("[e2e] " + service.module + " ready after " + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!brokerDown) {
            broker.close();
        }
        databaseLinks.values().forEach(DatabaseLink::close);
        for (Connection connection : lookupConnections.values()) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // The suite is ending; a connection that cannot close is gone anyway.
            }
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static String databaseHost() {
        return System.getProperty("test.db.host", "127.0.0.1");
    }

    private static int databasePort() {
        return Integer.parseInt(System.getProperty("test.db.port", "5432"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

# The image of one service, built from source (context: the repository root). Compose passes the
# service's module and port:
#   docker build -f deploy/service.Dockerfile --build-arg SERVICE=quiz-service --build-arg PORT=8082 .
ARG SERVICE
ARG PORT

FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The Maven repository is cached between builds; only this service and the modules it needs are built.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
ENV SERVICE_PORT=${PORT} \
    LANGUAGE='en_GB:en' \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
RUN groupadd --system --gid 185 examsuite && useradd --system --uid 185 --gid 185 --home-dir /deployments examsuite
WORKDIR /deployments
# The Quarkus fast-jar layout, dependencies first so that a rebuild after a code change reuses their layer.
COPY --from=build --chown=185:185 /src/${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185:185 /src/${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185:185 /src/${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185:185 /src/${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${SERVICE_PORT} && printf "GET /q/health/ready HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]

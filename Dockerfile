# Build: ./mvnw -DskipTests package && docker build -t datapact .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 datapact
WORKDIR /app
COPY target/datapact-*.jar /app/datapact.jar
USER datapact
EXPOSE 8080
# The production memory setting (see "Memory" in the README): a fixed heap and bounded class and
# code caches keep the resident memory under 600 MB after sustained load; two malloc arenas stop the
# C heap from growing with the number of threads. Override JAVA_TOOL_OPTIONS to change it.
ENV JAVA_TOOL_OPTIONS="-Xms128m -Xmx320m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+UseSerialGC" \
    MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/datapact.jar"]

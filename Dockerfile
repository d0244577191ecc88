# Build: ./mvnw -DskipTests package && docker build -t datapact .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 datapact
WORKDIR /app
COPY target/datapact-*.jar /app/datapact.jar
USER datapact
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/datapact.jar"]

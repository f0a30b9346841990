# The service image: built from this repository, without the embedded MariaDB (the database is configured).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests -P '!embedded-db' -pl inventory-api -am package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/inventory-api/target/lib /app/lib
COPY --from=build /src/inventory-api/target/inventory-api.jar /app/inventory-api.jar
ENV TZ=UTC
EXPOSE 8080
USER 10001
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-jar", "/app/inventory-api.jar"]

# Builds and runs the app for docker-compose.yml; the database is the postgis/postgis service there.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
COPY --from=build /src/app/target/labspace-app.jar /app/labspace-app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/labspace-app.jar"]

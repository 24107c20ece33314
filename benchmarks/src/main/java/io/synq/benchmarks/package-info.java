/**
 * Benchmarks, never tests: JMH benchmarks of the in-process hot path (token verification, a whole
 * authenticated GET through the Jersey application) and {@link io.synq.benchmarks.Fixtures}, the
 * data tool of {@code benchmarks/run.sh}. The normal build compiles them and runs none; {@code
 * ./mvnw -pl benchmarks -am package -DskipTests -Pbenchmarks} builds {@code
 * benchmarks/target/benchmarks.jar} to run them with {@code java -jar}.
 */
package io.synq.benchmarks;

package io.synq.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Permission;
import io.synq.domain.access.PermissionDeniedException;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainExceptionTest {
  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(Kind.INVALID, (Function<String, DomainException>) DomainException::invalid),
        Arguments.of(
            Kind.UNAUTHENTICATED,
            (Function<String, DomainException>) DomainException::unauthenticated),
        Arguments.of(
            Kind.BAD_CREDENTIALS,
            (Function<String, DomainException>) DomainException::badCredentials),
        Arguments.of(
            Kind.FORBIDDEN, (Function<String, DomainException>) DomainException::forbidden),
        Arguments.of(Kind.NOT_FOUND, (Function<String, DomainException>) DomainException::notFound),
        Arguments.of(Kind.CONFLICT, (Function<String, DomainException>) DomainException::conflict),
        Arguments.of(Kind.STALE, (Function<String, DomainException>) DomainException::stale));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void each_factory_makes_its_kind_with_the_message_the_caller_sees(
      Kind kind, Function<String, DomainException> factory) {
    DomainException refusal = factory.apply("what went wrong");

    assertThat(refusal.kind()).isEqualTo(kind);
    assertThat(refusal).hasMessage("what went wrong").hasNoCause();
  }

  @Test
  void a_refusal_to_retry_later_says_when() {
    ThrottledException throttled = new ThrottledException("slow down", Duration.ofSeconds(42));
    BusyException busy = new BusyException("busy", Duration.ofSeconds(1));

    assertThat(throttled.kind()).isEqualTo(Kind.THROTTLED);
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(42));
    assertThat(busy.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_permission_refusal_names_the_permission_and_says_no_more_to_the_caller() {
    PermissionDeniedException denied = new PermissionDeniedException(Permission.PRODUCT_DELETE);

    assertThat(denied.kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(denied.permission()).isEqualTo(Permission.PRODUCT_DELETE);
    assertThat(denied).hasMessage(Caller.INSUFFICIENT_PERMISSIONS);
  }
}

package cn.gov.zj.cloud.publicportal.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.outage.Outage;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.publicportal.rating.RatingConflict;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the public API as problem+json; nobody sees a stack trace. */
public final class PublicProblems {

  private PublicProblems() {}

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpHeaders headers;

    Locale locale() {
      List<Locale> wanted = headers.getAcceptableLanguages();
      return Messages.supported(wanted.isEmpty() ? null : wanted.get(0));
    }
  }

  /** 400 naming every invalid field; nothing was stored. */
  public static class InvalidInput extends Base<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return ProblemJson.answer(
          locale(),
          400,
          "invalid-input",
          Messages.get(locale(), "problem.invalid-input.detail"),
          e.errors());
    }
  }

  /** 404 alike for what does not exist and for a wrong query code. */
  public static class Missing extends Base<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return ProblemJson.answer(locale(), 404, "not-found", null, List.of());
    }
  }

  /** 409: the rating rules refuse this now (Art. 23); nothing was stored. */
  public static class RatingRefused extends Base<RatingConflict> {
    @Override
    public Response toResponse(RatingConflict e) {
      return ProblemJson.answer(
          locale(),
          409,
          "conflict",
          Messages.get(locale(), "rating.conflict." + e.reason().name()),
          List.of());
    }
  }

  /** JAX-RS's own refusals (method, media type) in the same form. */
  public static class Web extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String slug = status == 404 ? "not-found" : status < 500 ? "invalid-input" : "failure";
      return ProblemJson.answer(locale(), status, slug, null, List.of());
    }
  }

  /**
   * Anything else: 500 without internals; the log keeps the cause. Issue 15: while the database
   * cannot be reached (restarting, down) 503 with {@code Retry-After}.
   */
  public static class Failure extends Base<Exception> {
    private static final Logger LOG = Logger.getLogger(Failure.class.getName());

    @Override
    public Response toResponse(Exception e) {
      if (Outage.ofDatabase(e)) {
        LOG.warning(() -> "public REST request: database unavailable: " + e);
        return Response.fromResponse(
                ProblemJson.answer(
                    locale(),
                    503,
                    "database-unavailable",
                    Messages.get(locale(), "problem.database-unavailable.detail"),
                    List.of()))
            .header("Retry-After", Outage.RETRY_AFTER_SECONDS)
            .build();
      }
      LOG.log(Level.SEVERE, "public REST request failed", e);
      return ProblemJson.answer(
          locale(), 500, "failure", Messages.get(locale(), "problem.failure.detail"), List.of());
    }
  }
}

package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.fault.FaultOutcome;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.outage.Outage;
import cn.gov.zj.cloud.domain.outage.StorageFull;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.application.ActionRefused;
import cn.gov.zj.cloud.privateportal.fault.FaultRefused;
import cn.gov.zj.cloud.privateportal.fault.rest.FaultJson;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.staff.DirectoryUnavailable;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Every REST failure as application/problem+json; users never see a stack trace. */
public final class ProblemMappers {

  private ProblemMappers() {}

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    Locale locale() {
      return Messages.supported(
          headers.getAcceptableLanguages().isEmpty()
              ? null
              : headers.getAcceptableLanguages().get(0));
    }

    /**
     * Art. 6–13: 409 for an action the object's state does not allow: the state, the action and
     * every action allowed now in words ({@code messageKey}), and as {@code state} and {@code
     * allowedNow}.
     */
    Response notAllowed(
        String messageKey,
        String state,
        String stateKey,
        String actionKey,
        List<String> allowedKeys,
        JsonArrayBuilder allowed) {
      String names =
          allowedKeys.stream()
              .map(key -> Messages.get(locale(), key))
              .collect(Collectors.joining("zh".equals(locale().getLanguage()) ? "、" : ", "));
      return answer(
          Problem.of(
                  "action-not-allowed",
                  409,
                  Messages.get(
                      locale(),
                      messageKey,
                      Messages.get(locale(), stateKey),
                      Messages.get(locale(), actionKey),
                      names.isEmpty() ? "—" : names))
              .with(
                  Json.createObjectBuilder()
                      .add("state", state)
                      .add("allowedNow", allowed)
                      .build()));
    }

    Response answer(Problem problem) {
      return Response.status(problem.status())
          .type(Problem.MEDIA_TYPE)
          .entity(problem.toJson(locale(), uri.getRequestUri().getPath()).toString())
          .build();
    }
  }

  /** 400 naming each invalid field; nothing was stored. */
  public static class InvalidInput extends Base<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return answer(
          new Problem(
              "invalid-input",
              400,
              Messages.get(locale(), "problem.invalid-input.detail"),
              e.errors()));
    }
  }

  /** 403: signed in, but without the role the action needs. */
  public static class Forbidden extends Base<AccessDenied> {
    @Override
    public Response toResponse(AccessDenied e) {
      String roles = e.needed().stream().map(Role::realmRole).collect(Collectors.joining(", "));
      return answer(
          Problem.of("forbidden", 403, Messages.get(locale(), "problem.forbidden.detail", roles)));
    }
  }

  /** 404, alike for what does not exist and what belongs to another tenant. */
  public static class Missing extends Base<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return answer(Problem.of("not-found", 404, null));
    }
  }

  /** Art. 17: a finding's state does not allow the action: 409 with the actions allowed now. */
  public static class FindingConflict
      extends Base<cn.gov.zj.cloud.privateportal.inspection.FindingRefused> {
    @Override
    public Response toResponse(cn.gov.zj.cloud.privateportal.inspection.FindingRefused e) {
      JsonArrayBuilder allowed = Json.createArrayBuilder();
      e.allowedNow().forEach(action -> allowed.add(action.restName()));
      String names =
          e.allowedNow().stream()
              .map(action -> Messages.get(locale(), action.nameKey()))
              .collect(Collectors.joining("zh".equals(locale().getLanguage()) ? "、" : ", "));
      return answer(
          Problem.of(
                  "action-not-allowed",
                  409,
                  Messages.get(
                      locale(),
                      "inspection.refusal.notAllowedNow",
                      Messages.get(locale(), e.state().nameKey()),
                      names.isEmpty() ? "—" : names))
              .with(
                  Json.createObjectBuilder()
                      .add("state", e.state().name())
                      .add("allowedNow", allowed)
                      .build()));
    }
  }

  /** JAX-RS's own answers (unknown path, wrong method, unsupported media type) in the same form. */
  public static class Web extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String slug =
          switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            default -> status < 500 ? "invalid-input" : "failure";
          };
      return answer(Problem.of(slug, status, status >= 500 ? null : e.getMessage()));
    }
  }

  /** 409: the object's state does not allow the request; nothing was changed. */
  public static class StateConflict extends Base<Conflict> {
    @Override
    public Response toResponse(Conflict e) {
      return answer(
          Problem.of(
                  "conflict", 409, Messages.get(locale(), e.messageKey(), e.arguments().toArray()))
              .with(e.members()));
    }
  }

  /**
   * Art. 6–12: a refused lifecycle action: 403 naming the role it needs, or 409 with the state and
   * every action allowed now, each with its role.
   */
  public static class Refused extends Base<ActionRefused> {
    @Override
    public Response toResponse(ActionRefused e) {
      Outcome.Refusal refusal = e.refusal();
      if (refusal.reason() == Outcome.Reason.WRONG_ROLE) {
        return answer(
            Problem.of(
                "forbidden",
                403,
                Messages.get(
                    locale(), "problem.forbidden.detail", refusal.requiredRole().realmRole())));
      }
      JsonArrayBuilder allowed = Json.createArrayBuilder();
      refusal
          .allowedNow()
          .forEach(
              action ->
                  allowed.add(
                      Json.createObjectBuilder()
                          .add("action", action.restName())
                          .add("role", action.role().realmRole())));
      return notAllowed(
          "application.refusal.notAllowedNow",
          refusal.state().name(),
          refusal.state().nameKey(),
          refusal.action().nameKey(),
          refusal.allowedNow().stream().map(Action::nameKey).toList(),
          allowed);
    }
  }

  /**
   * Art. 13: a refused fault action: 403 naming the roles it needs, or 409 with the state and every
   * action allowed now, each with its roles.
   */
  public static class FaultActionRefused extends Base<FaultRefused> {
    @Override
    public Response toResponse(FaultRefused e) {
      FaultOutcome.Refusal refusal = e.refusal();
      if (refusal.wrongRole()) {
        String roles =
            refusal.roles().stream()
                .map(Role::realmRole)
                .sorted()
                .collect(Collectors.joining(", "));
        return answer(
            Problem.of(
                "forbidden", 403, Messages.get(locale(), "problem.forbidden.detail", roles)));
      }
      JsonArrayBuilder allowed = Json.createArrayBuilder();
      refusal.allowedNow().forEach(action -> allowed.add(FaultJson.allowed(action)));
      return notAllowed(
          "fault.refusal.notAllowedNow",
          refusal.state().name(),
          refusal.state().nameKey(),
          refusal.action().nameKey(),
          refusal.allowedNow().stream().map(FaultAction::nameKey).toList(),
          allowed);
    }
  }

  /** 503: Keycloak's directory did not answer; nothing was changed. */
  public static class Unavailable extends Base<DirectoryUnavailable> {
    private static final Logger LOG = Logger.getLogger(Unavailable.class.getName());

    @Override
    public Response toResponse(DirectoryUnavailable e) {
      LOG.warning(() -> "identity directory: " + e.getMessage());
      return answer(
          Problem.of(
              "directory-unavailable", 503, Messages.get(locale(), "problem.failure.detail")));
    }
  }

  /**
   * Anything else: 500 without internals; the log keeps the cause. Issue 15: a database that cannot
   * be reached (restarting, down) is 503 with {@code Retry-After}, a full disk 507.
   */
  public static class Failure extends Base<Exception> {
    private static final Logger LOG = Logger.getLogger(Failure.class.getName());

    @Override
    public Response toResponse(Exception e) {
      if (Outage.ofDatabase(e)) {
        LOG.warning(() -> "database unavailable: " + uri.getRequestUri() + ": " + e);
        return Response.fromResponse(
                answer(
                    Problem.of(
                        "database-unavailable",
                        503,
                        Messages.get(locale(), "problem.database-unavailable.detail"))))
            .header("Retry-After", Outage.RETRY_AFTER_SECONDS)
            .build();
      }
      if (Outage.ofDisk(e)) {
        LOG.severe(() -> "disk full: " + uri.getRequestUri() + ": " + e);
        return answer(
            Problem.of("storage-full", 507, Messages.get(locale(), StorageFull.MESSAGE_KEY)));
      }
      LOG.log(Level.SEVERE, "REST request failed: " + uri.getRequestUri(), e);
      return answer(Problem.of("failure", 500, Messages.get(locale(), "problem.failure.detail")));
    }
  }

  /**
   * Issue 15: a transaction that could not commit (the database went away under it): 503 like any
   * database outage, else 500; never Jersey's own mapper, which answers an HTML error page.
   */
  public static class TransactionFailed extends Base<TransactionalException> {
    @Override
    public Response toResponse(TransactionalException e) {
      Failure failure = new Failure();
      failure.headers = headers;
      failure.uri = uri;
      return failure.toResponse(e);
    }
  }

  /** Issue 15: the attachment store's disk is full: 507 naming the upload's field; nothing kept. */
  public static class StoreFull extends Base<StorageFull> {
    @Override
    public Response toResponse(StorageFull e) {
      return answer(
          new Problem(
              "storage-full", 507, Messages.get(locale(), StorageFull.MESSAGE_KEY), e.errors()));
    }
  }

  /** Art. 20: 403 saying why the unit's authorization does not admit the access. */
  public static class AccessNotAuthorized
      extends Base<cn.gov.zj.cloud.privateportal.access.AccessRefused> {
    @Override
    public Response toResponse(cn.gov.zj.cloud.privateportal.access.AccessRefused e) {
      return answer(
          Problem.of("access-refused", 403, Messages.get(locale(), e.messageKey()))
              .with(Json.createObjectBuilder().add("reason", e.reason()).build()));
    }
  }

  /** Art. 20: 409, the grant's state does not allow the action; with what is allowed now. */
  public static class GrantStateConflict
      extends Base<cn.gov.zj.cloud.privateportal.access.GrantConflict> {
    @Override
    public Response toResponse(cn.gov.zj.cloud.privateportal.access.GrantConflict e) {
      JsonArrayBuilder allowed = Json.createArrayBuilder();
      if (!e.expired()) {
        e.state().allowedNow().forEach(a -> allowed.add(a.restName()));
      }
      String detail = e.detail((key, arguments) -> Messages.get(locale(), key, arguments));
      return answer(
          Problem.of("conflict", 409, detail)
              .with(
                  Json.createObjectBuilder()
                      .add("state", e.expired() ? "EXPIRED" : e.state().name())
                      .add("allowedNow", allowed)
                      .build()));
    }
  }
}

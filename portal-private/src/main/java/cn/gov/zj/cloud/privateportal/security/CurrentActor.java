package cn.gov.zj.cloud.privateportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The actor of the current request, as the authentication mechanism verified it. */
@RequestScoped
public class CurrentActor {

  @Inject private HttpServletRequest request;

  public Optional<Actor> find() {
    return Optional.ofNullable((Actor) request.getAttribute(Actor.ATTRIBUTE));
  }

  /** The actor; a request that reached tenant code without one is a programming error. */
  public Actor get() {
    return find().orElseThrow(() -> new IllegalStateException("no verified actor on this request"));
  }
}

package cn.gov.zj.cloud.privateportal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Art. 25: OpenID Connect back-channel logout. Keycloak posts a logout token here, server to
 * server, whenever a session of one of its realms ends (the user signs out, an administrator ends
 * the user's sessions); the portal sessions of that Keycloak session end at once. No portal session
 * and no form token is asked for; the token's signature by the realm its issuer names is the only
 * credential. A token that does not verify is 400 and ends nothing.
 */
@WebServlet(BackChannelLogout.PATH)
public class BackChannelLogout extends HttpServlet {

  /** Where the realm template registers it, under the portal's base URL. */
  public static final String PATH = "/auth/backchannel-logout";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

  @Inject private TokenVerifier verifier;
  @Inject private SignedInSessions signedIn;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String token = request.getParameter("logout_token");
    if (token == null || token.isBlank()) {
      refuse(response, "logout_token missing");
      return;
    }
    try {
      LogoutToken logout = verifier.verifyLogout(token.strip());
      int ended = signedIn.end(logout);
      LOG.info(
          () ->
              "back-channel logout in " + logout.tenant().id() + " ended " + ended + " session(s)");
      response.setStatus(HttpServletResponse.SC_OK);
    } catch (InvalidToken e) {
      LOG.warning(() -> "back-channel logout refused: " + e.getMessage());
      refuse(response, "logout token refused");
    }
  }

  private static void refuse(HttpServletResponse response, String description) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write("{\"error\":\"invalid_request\",\"error_description\":\"" + description + "\"}");
  }
}

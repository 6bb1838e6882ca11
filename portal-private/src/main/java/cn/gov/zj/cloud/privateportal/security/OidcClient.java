package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The OpenID Connect authorization code flow with PKCE against the realm of the tenant in the path
 * (a different realm per request, so no container-wide OIDC configuration).
 */
@ApplicationScoped
public class OidcClient {

  @Inject private PortalSettings settings;
  @Inject private TokenVerifier verifier;

  /** A new authorization request for that tenant, returning to {@code returnTo} afterwards. */
  PendingLogin begin(Tenant tenant, String returnTo) {
    return new PendingLogin(
        tenant.id().value(),
        new State().getValue(),
        new Nonce().getValue(),
        new CodeVerifier().getValue(),
        returnTo);
  }

  /** Where the browser goes to sign in. */
  URI authorizationUri(PendingLogin pending) {
    String issuer = settings.issuer(pending.tenant());
    return new AuthenticationRequest.Builder(
            new ResponseType(ResponseType.Value.CODE),
            new Scope("openid", "profile"),
            new ClientID(PortalSettings.CLIENT_ID),
            callbackUri(pending.tenant()))
        .endpointURI(URI.create(issuer + "/protocol/openid-connect/auth"))
        .state(new State(pending.state()))
        .nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /** Exchanges the code for tokens, verifies them, and gives the signed-in session. */
  BrowserLogin complete(PendingLogin pending, Tenant tenant, String code) {
    String issuer = settings.issuer(pending.tenant());
    TokenRequest request =
        new TokenRequest(
            URI.create(issuer + "/protocol/openid-connect/token"),
            new ClientSecretBasic(
                new ClientID(PortalSettings.CLIENT_ID), new Secret(settings.clientSecret())),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                callbackUri(pending.tenant()),
                new CodeVerifier(pending.codeVerifier())));
    try {
      TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
      if (!response.indicatesSuccess()) {
        throw new InvalidToken(
            "code exchange refused: " + response.toErrorResponse().getErrorObject());
      }
      var tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
      Actor actor = verifier.verify(tokens.getAccessToken().getValue(), tenant);
      JWT idToken = tokens.getIDToken();
      if (!pending.nonce().equals(idToken.getJWTClaimsSet().getStringClaim("nonce"))) {
        throw new InvalidToken("ID token nonce does not match");
      }
      return new BrowserLogin(actor, tokens.getIDTokenString());
    } catch (InvalidToken e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidToken("sign-in failed: " + e.getMessage());
    }
  }

  /** Ends the Keycloak session too, then comes back to the tenant's start page. */
  URI logoutUri(String tenant, String idToken) {
    String back = settings.baseUrl() + "/t/" + tenant + "/";
    return URI.create(
        settings.issuer(tenant)
            + "/protocol/openid-connect/logout?id_token_hint="
            + encode(idToken)
            + "&post_logout_redirect_uri="
            + encode(back));
  }

  URI callbackUri(String tenant) {
    return URI.create(settings.baseUrl() + "/t/" + tenant + "/oidc-callback");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

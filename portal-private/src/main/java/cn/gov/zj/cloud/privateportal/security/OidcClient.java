package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The OpenID Connect authorization code flow with PKCE against the realm of the tenant in the path
 * (a different realm per request, so no container-wide OIDC configuration).
 */
@ApplicationScoped
public class OidcClient {

  /** Issue 15: how long a token request may wait for Keycloak. */
  private static final int TIMEOUT_MILLIS = 5000;

  @Inject private PortalSettings settings;
  @Inject private TokenVerifier verifier;
  @Inject private Clock clock;

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
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code),
            callbackUri(pending.tenant()),
            new CodeVerifier(pending.codeVerifier()));
    try {
      Tokens tokens = exchange(tenant, grant);
      JWT idToken = tokens.toOIDCTokens().getIDToken();
      JWTClaimsSet identity = idToken.getJWTClaimsSet();
      if (!pending.nonce().equals(identity.getStringClaim("nonce"))) {
        throw new InvalidToken("ID token nonce does not match");
      }
      JWTClaimsSet access = verifier.claims(tokens.getAccessToken().getValue(), tenant);
      return new BrowserLogin(
          TokenVerifier.actor(access, tenant),
          tokens.toOIDCTokens().getIDTokenString(),
          refreshTokenOf(tokens),
          access.getExpirationTime().toInstant(),
          clock.instant(),
          identity.getStringClaim("sid"),
          access.getSubject());
    } catch (InvalidToken e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidToken("sign-in failed: " + e.getMessage());
    }
  }

  /**
   * Art. 25: a new access token for the session, its roles read again; {@link InvalidToken} when
   * Keycloak refuses (session ended, account disabled, client revoked).
   */
  BrowserLogin refresh(BrowserLogin login, Tenant tenant) {
    try {
      Tokens tokens =
          exchange(tenant, new RefreshTokenGrant(new RefreshToken(login.refreshToken())));
      JWTClaimsSet access = verifier.claims(tokens.getAccessToken().getValue(), tenant);
      if (!login.subject().equals(access.getSubject())) {
        throw new InvalidToken("refreshed token of another user");
      }
      String idToken =
          tokens instanceof OIDCTokens oidc && oidc.getIDTokenString() != null
              ? oidc.getIDTokenString()
              : login.idToken();
      return new BrowserLogin(
          TokenVerifier.actor(access, tenant),
          idToken,
          refreshTokenOf(tokens, login.refreshToken()),
          access.getExpirationTime().toInstant(),
          login.signedInAt(),
          login.sid(),
          login.subject());
    } catch (InvalidToken | IdentityUnavailable e) {
      throw e;
    } catch (IOException e) {
      throw new IdentityUnavailable("refresh: Keycloak does not answer: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new InvalidToken("refresh failed: " + e.getMessage());
    }
  }

  private Tokens exchange(Tenant tenant, AuthorizationGrant grant) throws Exception {
    TokenRequest request =
        new TokenRequest(
            URI.create(settings.issuer(tenant.id().value()) + "/protocol/openid-connect/token"),
            new ClientSecretBasic(
                new ClientID(PortalSettings.CLIENT_ID), new Secret(settings.clientSecret())),
            grant);
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(TIMEOUT_MILLIS);
    http.setReadTimeout(TIMEOUT_MILLIS);
    TokenResponse response = OIDCTokenResponseParser.parse(http.send());
    if (!response.indicatesSuccess()
        && response.toErrorResponse().getErrorObject().getHTTPStatusCode() >= 500) {
      throw new IdentityUnavailable(
          "Keycloak failed: " + response.toErrorResponse().getErrorObject(), null);
    }
    if (!response.indicatesSuccess()) {
      throw new InvalidToken(
          "token request refused: " + response.toErrorResponse().getErrorObject());
    }
    return response.toSuccessResponse().getTokens();
  }

  private static String refreshTokenOf(Tokens tokens) {
    return refreshTokenOf(tokens, null);
  }

  private static String refreshTokenOf(Tokens tokens, String previous) {
    RefreshToken refresh = tokens.getRefreshToken();
    if (refresh != null) {
      return refresh.getValue();
    }
    if (previous == null) {
      throw new InvalidToken("Keycloak gave no refresh token");
    }
    return previous;
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

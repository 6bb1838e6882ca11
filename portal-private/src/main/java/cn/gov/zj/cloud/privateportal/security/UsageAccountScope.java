package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.usage.UsageAccount;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;

/**
 * Art. 15: a token of the provider's usage-intake client (its service account holds the
 * provider-operator role) is good for {@code POST /api/v1/tenants/<t>/usage} of its own realm's
 * tenant and nothing else; anywhere else it is refused with 403 before any resource runs.
 */
final class UsageAccountScope {

  private UsageAccountScope() {}

  /** Whether this verified token is the usage account's, on a request other than the intake. */
  static boolean refuses(JWTClaimsSet claims, HttpServletRequest request, Tenant tenant) {
    if (!UsageAccount.CLIENT_ID.equals(client(claims))) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !("POST".equals(request.getMethod())
        && path.equals("/api/v1/tenants/" + tenant.id().value() + "/usage"));
  }

  private static String client(JWTClaimsSet claims) {
    try {
      return claims.getStringClaim("azp");
    } catch (ParseException e) {
      throw new InvalidToken("token claims malformed: " + e.getMessage());
    }
  }
}

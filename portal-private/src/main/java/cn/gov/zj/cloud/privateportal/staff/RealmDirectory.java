package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of one tenant's realm, through Keycloak's admin API with the portal's own service
 * account in that realm (client credentials of {@code portal-private}, holding only the realm's
 * user-management roles). The portal holds no master-realm credential.
 */
@ApplicationScoped
public class RealmDirectory {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject private PortalSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** One page of the realm's accounts, searched by Keycloak (username, names, email). */
  public List<StaffAccount> list(TenantId tenant, int first, int max, String search) {
    String query =
        "?briefRepresentation=false&first=" + first + "&max=" + max + searchParameter(search);
    JsonArray users = (JsonArray) call(tenant, "GET", "/users" + query, null, 200);
    return users.stream().map(JsonValue::asJsonObject).map(RealmDirectory::account).toList();
  }

  /**
   * Art. 8–12: the e-mail addresses of the enabled accounts holding {@code role}; for a unit role
   * only those of the unit with {@code unitCode}.
   */
  public List<String> emails(TenantId tenant, Role role, String unitCode) {
    JsonArray users =
        (JsonArray)
            call(
                tenant,
                "GET",
                "/roles/" + encode(role.realmRole()) + "/users?briefRepresentation=false&max=1000",
                null,
                200);
    return users.stream()
        .map(JsonValue::asJsonObject)
        .map(RealmDirectory::account)
        .filter(account -> account.enabled() && !account.email().isBlank())
        .filter(account -> unitCode == null || unitCode.equals(account.unitCode()))
        .map(StaffAccount::email)
        .toList();
  }

  public long count(TenantId tenant, String search) {
    String query = search == null ? "" : "?search=" + encode(search);
    return Long.parseLong(rawCall(tenant, "GET", "/users/count" + query, null, 200).strip());
  }

  /**
   * Opens an account with a temporary password (changed at first sign-in) and one realm role; the
   * unit's credit code becomes the user's {@code unit} attribute. Empty when the username or email
   * is taken.
   */
  public Optional<String> create(TenantId tenant, NewAccount account) {
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", account.username())
            .add("firstName", account.firstName())
            .add("lastName", account.lastName())
            .add("email", account.email())
            .add("enabled", true)
            .add("emailVerified", true)
            .add("attributes", attributes(account.unitCode()))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", account.temporaryPassword())
                            .add("temporary", true)))
            .build();
    HttpResponse<String> created = send(tenant, "POST", "/users", user.toString());
    if (created.statusCode() == 409) {
      return Optional.empty();
    }
    expect(created, 201);
    String location =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new DirectoryUnavailable("no Location"));
    String id = location.substring(location.lastIndexOf('/') + 1);
    grant(tenant, id, account.role());
    return Optional.of(id);
  }

  /** The role as Keycloak offers it for mapping to this user, then mapped. */
  private void grant(TenantId tenant, String userId, Role role) {
    String base = "/users/" + userId + "/role-mappings/realm";
    JsonArray available = (JsonArray) call(tenant, "GET", base + "/available", null, 200);
    JsonObject wanted =
        available.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> role.realmRole().equals(r.getString("name", "")))
            .findFirst()
            .orElseThrow(
                () ->
                    new DirectoryUnavailable(
                        "role " + role.realmRole() + " not in realm " + tenant));
    call(tenant, "POST", base, Json.createArrayBuilder().add(wanted).build().toString(), 204);
  }

  /** A new account, as {@link StaffAccounts} prepared it. */
  public record NewAccount(
      String username,
      String firstName,
      String lastName,
      String email,
      Role role,
      String unitCode,
      String temporaryPassword) {}

  private static JsonObject attributes(String unitCode) {
    return unitCode == null
        ? JsonValue.EMPTY_JSON_OBJECT
        : Json.createObjectBuilder().add("unit", Json.createArrayBuilder().add(unitCode)).build();
  }

  private static StaffAccount account(JsonObject user) {
    JsonObject attributes = user.getJsonObject("attributes");
    String unit = null;
    if (attributes != null
        && attributes.get("unit") instanceof JsonArray values
        && !values.isEmpty()) {
      unit = values.getString(0);
    }
    return new StaffAccount(
        user.getString("id"),
        user.getString("username"),
        user.getString("firstName", ""),
        user.getString("lastName", ""),
        user.getString("email", ""),
        unit,
        user.getBoolean("enabled", true));
  }

  private JsonStructure call(TenantId tenant, String method, String path, String body, int status) {
    try (var reader =
        Json.createReader(new StringReader(rawCall(tenant, method, path, body, status)))) {
      return status == 204 ? JsonValue.EMPTY_JSON_ARRAY : reader.read();
    }
  }

  private String rawCall(TenantId tenant, String method, String path, String body, int status) {
    HttpResponse<String> response = send(tenant, method, path, body);
    expect(response, status);
    return response.body();
  }

  private HttpResponse<String> send(TenantId tenant, String method, String path, String body) {
    String admin = settings.keycloakUrl() + "/admin/realms/" + tenant.value() + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(admin))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + serviceToken(tenant))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return exchange(request.build());
  }

  /** A fresh token of the portal's service account in that realm. */
  private String serviceToken(TenantId tenant) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (PortalSettings.CLIENT_ID + ":" + settings.clientSecret())
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(settings.issuer(tenant.value()) + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    HttpResponse<String> response = exchange(request);
    expect(response, 200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("interrupted");
    }
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new DirectoryUnavailable(
          response.request().method()
              + " "
              + response.request().uri().getPath()
              + " answered "
              + response.statusCode());
    }
  }

  private static String searchParameter(String search) {
    return search == null ? "" : "&search=" + encode(search);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

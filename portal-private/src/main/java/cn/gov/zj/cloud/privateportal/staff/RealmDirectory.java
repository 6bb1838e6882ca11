package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The accounts of one tenant's realm, through Keycloak's admin API with the portal's own service
 * account in that realm (client credentials of {@code portal-private}, holding only the realm's
 * user-management roles). The portal holds no master-realm credential.
 *
 * <p>It speaks Keycloak's admin REST API (the API that {@code keycloak-admin-client} wraps) over
 * the JDK's HTTP client rather than through that library: the library brings RESTEasy and its
 * Jackson providers into the WAR beside Payara's Jersey, which keeps Jersey from starting
 * (keycloak/keycloak-client#183). The launcher and the tests, outside Payara, use the library.
 */
@ApplicationScoped
public class RealmDirectory {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject private PortalSettings settings;

  private static final long TOKEN_MARGIN_SECONDS = 30;
  private static final Set<String> PROFILE_FIELDS =
      Set.of("username", "firstName", "lastName", "email");

  /** A Keycloak user id: nothing else ever reaches the admin API's path. */
  private static final Pattern USER_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Map<TenantId, ServiceToken> tokens = new ConcurrentHashMap<>();

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
   * Art. 25: the account of that id in the tenant's realm; empty for an id that is no user id
   * (never sent to Keycloak), an unknown one, or a user of another realm (each realm answers only
   * for its own users).
   */
  public Optional<StaffAccount> find(TenantId tenant, String id) {
    if (id == null || !USER_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    HttpResponse<String> response = send(tenant, "GET", "/users/" + id, null);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    expect(response, 200);
    return Optional.of(account(read(response.body()).asJsonObject()));
  }

  /** Art. 25: the portal roles mapped to the user directly (Keycloak's own roles left out). */
  public Set<Role> roles(TenantId tenant, String id) {
    return mappedRoles(tenant, id).stream()
        .map(role -> Role.ofRealmRole(role.getString("name", "")))
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /**
   * Art. 25: the user holds exactly {@code wanted} of the portal roles afterwards; Keycloak's own
   * roles (default roles, offline access) stay.
   */
  public void setRoles(TenantId tenant, String id, Set<Role> wanted) {
    String base = "/users/" + id + "/role-mappings/realm";
    JsonArrayBuilder surplus = Json.createArrayBuilder();
    Set<Role> held = EnumSet.noneOf(Role.class);
    for (JsonObject mapped : mappedRoles(tenant, id)) {
      Optional<Role> role = Role.ofRealmRole(mapped.getString("name", ""));
      role.ifPresent(held::add);
      if (role.isPresent() && !wanted.contains(role.get())) {
        surplus.add(mapped);
      }
    }
    JsonArray removed = surplus.build();
    if (!removed.isEmpty()) {
      call(tenant, "DELETE", base, removed.toString(), 204);
    }
    wanted.stream().filter(role -> !held.contains(role)).forEach(role -> grant(tenant, id, role));
  }

  /**
   * Art. 25: new names, email and unit (null: none) of the user, everything else kept. False when
   * the email belongs to another account.
   */
  public boolean update(
      TenantId tenant,
      String id,
      String firstName,
      String lastName,
      String email,
      String unitCode) {
    JsonObject user = representation(tenant, id);
    JsonObjectBuilder attributes =
        Json.createObjectBuilder(
            user.containsKey("attributes")
                ? user.getJsonObject("attributes")
                : JsonValue.EMPTY_JSON_OBJECT);
    if (unitCode == null) {
      attributes.remove("unit");
    } else {
      attributes.add("unit", Json.createArrayBuilder().add(unitCode));
    }
    JsonObject changed =
        Json.createObjectBuilder(user)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("email", email)
            .add("attributes", attributes)
            .build();
    HttpResponse<String> response = send(tenant, "PUT", "/users/" + id, changed.toString());
    if (response.statusCode() == 409) {
      return false;
    }
    refuseIfInvalid(response);
    expect(response, 204);
    return true;
  }

  /**
   * Art. 25: enables or disables the account; a disabled account's sessions end at once, which
   * Keycloak tells the portal by back-channel logout, so that its portal session ends too.
   */
  public void setEnabled(TenantId tenant, String id, boolean enabled) {
    JsonObject changed =
        Json.createObjectBuilder(representation(tenant, id)).add("enabled", enabled).build();
    call(tenant, "PUT", "/users/" + id, changed.toString(), 204);
    if (!enabled) {
      endSessions(tenant, id);
    }
  }

  /**
   * Art. 25: a new temporary password, to be changed at the next sign-in; the user's sessions end.
   */
  public void resetPassword(TenantId tenant, String id, String temporaryPassword) {
    JsonObject credential =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", temporaryPassword)
            .add("temporary", true)
            .build();
    call(tenant, "PUT", "/users/" + id + "/reset-password", credential.toString(), 204);
    endSessions(tenant, id);
  }

  /** Art. 25: ends the user's sessions (back-channel logout to the portal), then removes it. */
  public void remove(TenantId tenant, String id) {
    endSessions(tenant, id);
    call(tenant, "DELETE", "/users/" + id, null, 204);
  }

  /** Ends every session of the user; Keycloak calls each client's back-channel logout. */
  private void endSessions(TenantId tenant, String id) {
    call(tenant, "POST", "/users/" + id + "/logout", null, 204);
  }

  private JsonObject representation(TenantId tenant, String id) {
    return (JsonObject) call(tenant, "GET", "/users/" + id, null, 200);
  }

  private List<JsonObject> mappedRoles(TenantId tenant, String id) {
    JsonArray mapped =
        (JsonArray) call(tenant, "GET", "/users/" + id + "/role-mappings/realm", null, 200);
    return mapped.stream().map(JsonValue::asJsonObject).toList();
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
    refuseIfInvalid(created);
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
    String answer = rawCall(tenant, method, path, body, status);
    return status == 204 ? JsonValue.EMPTY_JSON_ARRAY : read(answer);
  }

  private static JsonStructure read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
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

  /** A token of the portal's service account in that realm, reused until shortly before expiry. */
  private String serviceToken(TenantId tenant) {
    ServiceToken held = tokens.get(tenant);
    if (held != null && Instant.now().isBefore(held.renewAt())) {
      return held.value();
    }
    ServiceToken fresh = freshToken(tenant);
    tokens.put(tenant, fresh);
    return fresh.value();
  }

  private record ServiceToken(String value, Instant renewAt) {}

  private ServiceToken freshToken(TenantId tenant) {
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
    JsonObject token = read(response.body()).asJsonObject();
    long lifetime = token.getJsonNumber("expires_in").longValue();
    return new ServiceToken(
        token.getString("access_token"),
        Instant.now().plusSeconds(Math.max(0, lifetime - TOKEN_MARGIN_SECONDS)));
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

  /**
   * Art. 25: a value Keycloak's user profile refuses (a sign its name validators prohibit, an
   * address it does not take) is the user's input fault on that field (400), not an outage.
   */
  private static void refuseIfInvalid(HttpResponse<String> response) {
    if (response.statusCode() != 400) {
      return;
    }
    String field = "body";
    try {
      JsonStructure answer = read(response.body());
      if (answer instanceof JsonObject error) {
        JsonObject first =
            error.get("errors") instanceof JsonArray errors
                    && !errors.isEmpty()
                    && errors.get(0) instanceof JsonObject nested
                ? nested
                : error;
        field =
            PROFILE_FIELDS.contains(first.getString("field", ""))
                ? first.getString("field")
                : field;
      }
    } catch (RuntimeException e) {
      // an answer that is no JSON names no field
    }
    throw new InvalidInputException(List.of(FieldError.of(field, "staff.directory.refused")));
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

package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The accounts of one tenant's realm, through Keycloak's admin API with the portal's own service
 * account in that realm (client credentials of {@code portal-private}, holding only the realm's
 * user-management roles). The portal holds no master-realm credential.
 *
 * <p>It speaks through {@code keycloak-admin-client} ({@link Keycloak}, {@link RealmResource}), one
 * client per realm, built at first use, kept (its token manager renews the service token) and
 * closed when the application stops. The library's RESTEasy client lives in the WAR beside Payara's
 * Jersey; the REST API lists its classes ({@code RestApplication#getClasses}), so Jersey never
 * adopts RESTEasy's providers.
 */
@ApplicationScoped
public class RealmDirectory {

  private static final long TIMEOUT_SECONDS = 10;
  private static final int JACKSON_PRIORITY = 100;

  @Inject private PortalSettings settings;

  private static final Set<String> PROFILE_FIELDS =
      Set.of("username", "firstName", "lastName", "email");

  /** A Keycloak user id: nothing else ever reaches the admin API's path. */
  private static final Pattern USER_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Map<TenantId, Keycloak> clients = new ConcurrentHashMap<>();

  /** One page of the realm's accounts, searched by Keycloak (username, names, email). */
  public List<StaffAccount> list(TenantId tenant, int first, int max, String search) {
    return call(
        tenant,
        realm ->
            realm.users().search(search, first, max, false).stream()
                .map(RealmDirectory::account)
                .toList());
  }

  /**
   * Art. 8–12: the e-mail addresses of the enabled accounts holding {@code role}; for a unit role
   * only those of the unit with {@code unitCode}.
   */
  public List<String> emails(TenantId tenant, Role role, String unitCode) {
    List<UserRepresentation> holders =
        call(tenant, realm -> realm.roles().get(role.realmRole()).getUserMembers(false, 0, 1000));
    return holders.stream()
        .map(RealmDirectory::account)
        .filter(account -> account.enabled() && !account.email().isBlank())
        .filter(account -> unitCode == null || unitCode.equals(account.unitCode()))
        .map(StaffAccount::email)
        .toList();
  }

  public long count(TenantId tenant, String search) {
    return call(tenant, realm -> realm.users().count(search));
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
    return call(
        tenant,
        realm -> {
          try {
            return Optional.of(account(realm.users().get(id).toRepresentation()));
          } catch (NotFoundException e) {
            return Optional.empty();
          }
        });
  }

  /**
   * Art. 18: the account of exactly that username in the tenant's realm, with the portal roles it
   * holds (composites included); empty when there is none.
   */
  public Optional<StaffAccount> byUsername(TenantId tenant, String username) {
    return call(
        tenant,
        realm ->
            realm.users().searchByUsername(username, true).stream()
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .findFirst()
                .map(
                    user ->
                        account(user)
                            .with(
                                realmRoles(realm, user.getId()).listEffective().stream()
                                    .flatMap(role -> Role.ofRealmRole(role.getName()).stream())
                                    .toList(),
                                null)));
  }

  /** Art. 25: the portal roles mapped to the user directly (Keycloak's own roles left out). */
  public Set<Role> roles(TenantId tenant, String id) {
    return call(tenant, realm -> realmRoles(realm, id).listAll()).stream()
        .map(role -> Role.ofRealmRole(role.getName()))
        .flatMap(Optional::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /**
   * Art. 25: the user holds exactly {@code wanted} of the portal roles afterwards; Keycloak's own
   * roles (default roles, offline access) stay.
   */
  public void setRoles(TenantId tenant, String id, Set<Role> wanted) {
    call(
        tenant,
        realm -> {
          RoleScopeResource mappings = realmRoles(realm, id);
          Set<Role> held = EnumSet.noneOf(Role.class);
          List<RoleRepresentation> surplus =
              mappings.listAll().stream()
                  .filter(
                      mapped -> {
                        Optional<Role> role = Role.ofRealmRole(mapped.getName());
                        role.ifPresent(held::add);
                        return role.isPresent() && !wanted.contains(role.get());
                      })
                  .toList();
          if (!surplus.isEmpty()) {
            mappings.remove(surplus);
          }
          wanted.stream()
              .filter(role -> !held.contains(role))
              .forEach(role -> grant(realm, id, role));
          return null;
        });
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
    return call(
        tenant,
        realm -> {
          UserResource user = realm.users().get(id);
          UserRepresentation changed = user.toRepresentation();
          Map<String, List<String>> attributes =
              changed.getAttributes() == null
                  ? new HashMap<>()
                  : new HashMap<>(changed.getAttributes());
          if (unitCode == null) {
            attributes.remove("unit");
          } else {
            attributes.put("unit", List.of(unitCode));
          }
          changed.setFirstName(firstName);
          changed.setLastName(lastName);
          changed.setEmail(email);
          changed.setAttributes(attributes);
          try {
            user.update(changed);
            return true;
          } catch (ClientErrorException e) {
            refuseIfInvalid(e.getResponse());
            if (e.getResponse().getStatus() == 409) {
              return false;
            }
            throw e;
          }
        });
  }

  /**
   * Art. 25: enables or disables the account; a disabled account's sessions end at once, which
   * Keycloak tells the portal by back-channel logout, so that its portal session ends too.
   */
  public void setEnabled(TenantId tenant, String id, boolean enabled) {
    call(
        tenant,
        realm -> {
          UserResource user = realm.users().get(id);
          UserRepresentation changed = user.toRepresentation();
          changed.setEnabled(enabled);
          user.update(changed);
          if (!enabled) {
            user.logout();
          }
          return null;
        });
  }

  /**
   * Art. 25: a new temporary password, to be changed at the next sign-in; the user's sessions end
   * (Keycloak calls each client's back-channel logout).
   */
  public void resetPassword(TenantId tenant, String id, String temporaryPassword) {
    call(
        tenant,
        realm -> {
          UserResource user = realm.users().get(id);
          user.resetPassword(temporaryPassword(temporaryPassword));
          user.logout();
          return null;
        });
  }

  /** Art. 25: ends the user's sessions (back-channel logout to the portal), then removes it. */
  public void remove(TenantId tenant, String id) {
    call(
        tenant,
        realm -> {
          UserResource user = realm.users().get(id);
          user.logout();
          user.remove();
          return null;
        });
  }

  /**
   * Opens an account with a temporary password (changed at first sign-in) and one realm role; the
   * unit's credit code becomes the user's {@code unit} attribute. Empty when the username or email
   * is taken.
   */
  public Optional<String> create(TenantId tenant, NewAccount account) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(account.username());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.email());
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setAttributes(
        account.unitCode() == null ? Map.of() : Map.of("unit", List.of(account.unitCode())));
    user.setCredentials(List.of(temporaryPassword(account.temporaryPassword())));
    return call(
        tenant,
        realm -> {
          Optional<String> id = created(realm, user);
          id.ifPresent(created -> grant(realm, created, account.role()));
          return id;
        });
  }

  /** The new user's id; empty when Keycloak answers 409 (username or email taken). */
  private static Optional<String> created(RealmResource realm, UserRepresentation user) {
    try (Response answer = realm.users().create(user)) {
      if (answer.getStatus() == 409) {
        return Optional.empty();
      }
      refuseIfInvalid(answer);
      if (answer.getStatus() != 201) {
        throw new DirectoryUnavailable("creating a user answered " + answer.getStatus());
      }
      return Optional.of(CreatedResponseUtil.getCreatedId(answer));
    }
  }

  /** The role as Keycloak offers it for mapping to this user, then mapped. */
  private static void grant(RealmResource realm, String userId, Role role) {
    RoleScopeResource mappings = realmRoles(realm, userId);
    RoleRepresentation wanted =
        mappings.listAvailable().stream()
            .filter(available -> role.realmRole().equals(available.getName()))
            .findFirst()
            .orElseThrow(
                () -> new DirectoryUnavailable("role " + role.realmRole() + " not in the realm"));
    mappings.add(List.of(wanted));
  }

  private static RoleScopeResource realmRoles(RealmResource realm, String userId) {
    return realm.users().get(userId).roles().realmLevel();
  }

  private static CredentialRepresentation temporaryPassword(String value) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(value);
    credential.setTemporary(true);
    return credential;
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

  private static StaffAccount account(UserRepresentation user) {
    List<String> units = user.getAttributes() == null ? null : user.getAttributes().get("unit");
    return new StaffAccount(
        user.getId(),
        user.getUsername(),
        Optional.ofNullable(user.getFirstName()).orElse(""),
        Optional.ofNullable(user.getLastName()).orElse(""),
        Optional.ofNullable(user.getEmail()).orElse(""),
        units == null || units.isEmpty() ? null : units.get(0),
        user.isEnabled() == null || user.isEnabled());
  }

  /**
   * One exchange with the tenant's realm: Keycloak unreachable, or an answer other than the one
   * expected, is {@link DirectoryUnavailable} (REST 503), nothing changed by the portal.
   */
  private <T> T call(TenantId tenant, Function<RealmResource, T> exchange) {
    try {
      return exchange.apply(client(tenant).realm(tenant.value()));
    } catch (ProcessingException e) {
      throw new DirectoryUnavailable("Keycloak unreachable: " + e.getMessage());
    } catch (WebApplicationException e) {
      throw new DirectoryUnavailable(
          "realm " + tenant.value() + " answered " + e.getResponse().getStatus());
    }
  }

  /** The realm's client, with the portal's service account; built once, then reused. */
  private Keycloak client(TenantId tenant) {
    return clients.computeIfAbsent(tenant, this::connect);
  }

  private Keycloak connect(TenantId tenant) {
    return KeycloakBuilder.builder()
        .serverUrl(settings.keycloakUrl())
        .realm(tenant.value())
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(PortalSettings.CLIENT_ID)
        .clientSecret(settings.clientSecret())
        .resteasyClient(
            ResteasyClientClassicProvider.createClientBuilder()
                .connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(JacksonProvider.class, JACKSON_PRIORITY)
                .build())
        .build();
  }

  @PreDestroy
  void close() {
    clients.values().forEach(Keycloak::close);
    clients.clear();
  }

  /**
   * Art. 25: a value Keycloak's user profile refuses (a sign its name validators prohibit, an
   * address it does not take) is the user's input fault on that field (400), not an outage.
   */
  private static void refuseIfInvalid(Response response) {
    if (response.getStatus() != 400) {
      return;
    }
    String field = "body";
    try {
      JsonStructure answer = read(response.readEntity(String.class));
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
      // an answer that is no JSON, or no longer readable, names no field
    }
    throw new InvalidInputException(List.of(FieldError.of(field, "staff.directory.refused")));
  }

  private static JsonStructure read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }
}

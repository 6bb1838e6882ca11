package cn.gov.zj.cloud.realm;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Art. 5: one realm per tenant, idempotently. A missing realm is created whole; an existing one
 * gets what it lacks (roles, clients, mappers, default scopes, client attributes such as the
 * back-channel logout URL, password policy terms, events, demo users) and keeps everything it has,
 * so that a second run adds nothing and a tenant added to the list gets its realm on the next run.
 */
public final class RealmProvisioner {

  static final String REALM_CREATED = "realm";

  /**
   * What portal-private needs, no more: managing users for the tenant-admin pages (Art. 25), and
   * listing the holders of a realm role to mail them notifications (Art. 8–12; Keycloak answers
   * {@code roles/<role>/users} only with {@code view-realm}).
   */
  static final Set<String> USER_MANAGEMENT_ROLES =
      Set.of("manage-users", "view-users", "query-users", "view-realm");

  private final Keycloak admin;
  private final ProvisioningSettings settings;
  private final RealmTemplate template;

  public RealmProvisioner(Keycloak admin, ProvisioningSettings settings) {
    this(admin, settings, RealmTemplate.standard());
  }

  RealmProvisioner(Keycloak admin, ProvisioningSettings settings, RealmTemplate template) {
    this.admin = admin;
    this.settings = settings;
    this.template = template;
  }

  public ProvisioningReport provision(TenantDirectory tenants) {
    Map<String, List<String>> added = new LinkedHashMap<>();
    for (Tenant tenant : tenants.all()) {
      added.put(tenant.id().value(), provision(tenant));
    }
    return new ProvisioningReport(added);
  }

  private List<String> provision(Tenant tenant) {
    RealmRepresentation desired = template.render(tenant, settings);
    List<String> added = new ArrayList<>();
    if (!exists(desired.getRealm())) {
      RealmRepresentation withoutUsers = template.render(tenant, settings);
      // Users come later, through the partial import, once the user profile knows "unit".
      withoutUsers.setUsers(null);
      admin.realms().create(withoutUsers);
      added.add(REALM_CREATED);
    }
    RealmResource realm = admin.realm(desired.getRealm());
    if (UnitAttribute.ensureDeclared(realm)) {
      added.add("USER_PROFILE unit");
    }
    added.addAll(NameAttributes.ensureAdminOnly(realm));
    added.addAll(RealmPolicy.ensure(realm, desired));
    added.addAll(importMissing(realm, desired));
    for (ClientRepresentation client : desired.getClients()) {
      added.addAll(ensureClientDetails(realm, client));
    }
    added.addAll(ensureServiceAccountRoles(realm));
    added.addAll(ensureUsageAccountRole(realm));
    return added;
  }

  private boolean exists(String realmName) {
    try {
      admin.realm(realmName).toRepresentation();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Roles, clients and users that the realm lacks; existing ones are skipped, never changed. */
  private List<String> importMissing(RealmResource realm, RealmRepresentation desired) {
    PartialImportRepresentation missing = new PartialImportRepresentation();
    missing.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
    missing.setRoles(desired.getRoles());
    missing.setClients(desired.getClients());
    missing.setUsers(desired.getUsers());
    try (Response response = realm.partialImport(missing)) {
      String body = response.readEntity(String.class);
      if (response.getStatus() >= 300) {
        throw new IllegalStateException(
            "partial import into realm " + desired.getRealm() + " failed: " + body);
      }
      return added(body);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> added(String partialImportResults) {
    try {
      Map<String, Object> results = JsonSerialization.readValue(partialImportResults, Map.class);
      List<Map<String, Object>> each =
          (List<Map<String, Object>>) results.getOrDefault("results", List.of());
      return each.stream()
          .filter(result -> "ADDED".equals(result.get("action")))
          .map(result -> result.get("resourceType") + " " + result.get("resourceName"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Protocol mappers, default scopes and attributes that an existing client lacks (matched by
   * name).
   */
  private List<String> ensureClientDetails(RealmResource realm, ClientRepresentation desired) {
    ClientResource client = client(realm, desired.getClientId());
    List<String> added = new ArrayList<>(ensureAttributes(client, desired));
    Set<String> mappers =
        client.getProtocolMappers().getMappers().stream()
            .map(ProtocolMapperRepresentation::getName)
            .collect(Collectors.toSet());
    for (ProtocolMapperRepresentation mapper : desired.getProtocolMappers()) {
      if (!mappers.contains(mapper.getName())) {
        client.getProtocolMappers().createMapper(mapper).close();
        added.add("MAPPER " + desired.getClientId() + "/" + mapper.getName());
      }
    }
    Set<String> scopes =
        client.getDefaultClientScopes().stream()
            .map(ClientScopeRepresentation::getName)
            .collect(Collectors.toSet());
    Map<String, String> scopeIds =
        realm.clientScopes().findAll().stream()
            .collect(
                Collectors.toMap(
                    ClientScopeRepresentation::getName, ClientScopeRepresentation::getId));
    for (String scope : desired.getDefaultClientScopes()) {
      if (!scopes.contains(scope) && scopeIds.containsKey(scope)) {
        client.addDefaultClientScope(scopeIds.get(scope));
        added.add("DEFAULT_SCOPE " + desired.getClientId() + "/" + scope);
      }
    }
    return added;
  }

  /**
   * Attributes the client has not got or has left blank (a client made before the portal needed
   * back-channel logout gets its URL); an attribute it has keeps its value.
   */
  private static List<String> ensureAttributes(
      ClientResource client, ClientRepresentation desired) {
    ClientRepresentation existing = client.toRepresentation();
    Map<String, String> missing =
        missingAttributes(existing.getAttributes(), desired.getAttributes());
    if (missing.isEmpty()) {
      return List.of();
    }
    Map<String, String> attributes = new LinkedHashMap<>(existing.getAttributes());
    attributes.putAll(missing);
    existing.setAttributes(attributes);
    client.update(existing);
    return missing.keySet().stream()
        .map(name -> "ATTRIBUTE " + desired.getClientId() + "/" + name)
        .toList();
  }

  /** Of the desired attributes, those absent or blank among the existing ones, in order. */
  static Map<String, String> missingAttributes(
      Map<String, String> existing, Map<String, String> desired) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (desired == null) {
      return missing;
    }
    Map<String, String> have = existing == null ? Map.of() : existing;
    desired.forEach(
        (name, value) -> {
          String current = have.get(name);
          if (current == null || current.isBlank()) {
            missing.put(name, value);
          }
        });
    return missing;
  }

  /**
   * Art. 25: portal-private's service account may manage the users of its own realm (and only
   * those), so the portal needs no master-realm credentials.
   */
  private List<String> ensureServiceAccountRoles(RealmResource realm) {
    String serviceAccountId =
        client(realm, RealmTemplate.PORTAL_PRIVATE).getServiceAccountUser().getId();
    String realmManagementId = clientRepresentation(realm, "realm-management").getId();
    UserResource serviceAccount = realm.users().get(serviceAccountId);
    Set<String> granted =
        serviceAccount.roles().clientLevel(realmManagementId).listAll().stream()
            .map(RoleRepresentation::getName)
            .collect(Collectors.toSet());
    List<RoleRepresentation> missing =
        realm.clients().get(realmManagementId).roles().list().stream()
            .filter(role -> USER_MANAGEMENT_ROLES.contains(role.getName()))
            .filter(role -> !granted.contains(role.getName()))
            .toList();
    if (missing.isEmpty()) {
      return List.of();
    }
    serviceAccount.roles().clientLevel(realmManagementId).add(missing);
    return missing.stream()
        .map(role -> "SERVICE_ACCOUNT_ROLE portal-private/realm-management/" + role.getName())
        .toList();
  }

  /**
   * Art. 15: the usage intake's service account holds the provider-operator realm role (the portal
   * confines its tokens to the usage intake).
   */
  private static List<String> ensureUsageAccountRole(RealmResource realm) {
    String role = Role.PROVIDER_OPERATOR.realmRole();
    UserResource account =
        realm
            .users()
            .get(client(realm, RealmTemplate.USAGE_INTAKE).getServiceAccountUser().getId());
    if (account.roles().realmLevel().listAll().stream()
        .anyMatch(granted -> role.equals(granted.getName()))) {
      return List.of();
    }
    account.roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
    return List.of("SERVICE_ACCOUNT_ROLE " + RealmTemplate.USAGE_INTAKE + "/" + role);
  }

  private static ClientResource client(RealmResource realm, String clientId) {
    return realm.clients().get(clientRepresentation(realm, clientId).getId());
  }

  private static ClientRepresentation clientRepresentation(RealmResource realm, String clientId) {
    return realm.clients().findByClientId(clientId).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("realm lacks client " + clientId));
  }
}

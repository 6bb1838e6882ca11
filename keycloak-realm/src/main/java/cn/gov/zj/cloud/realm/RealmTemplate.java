package cn.gov.zj.cloud.realm;

import cn.gov.zj.cloud.domain.interconnect.ZoneAccount;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.usage.UsageAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Art. 5: every tenant gets the same realm, rendered from {@code realm-template.json}; the roles
 * come from {@link Role} (Art. 4), the password policy from {@link RealmPolicy} (Art. 25), the demo
 * users and the {@code portal-cli} client only in development. portal-private is told of every
 * Keycloak sign-out through OIDC back-channel logout ({@code <private base
 * URL>/auth/backchannel-logout}).
 */
public final class RealmTemplate {

  public static final String PORTAL_PRIVATE = "portal-private";
  public static final String PORTAL_PUBLIC = "portal-public";

  /** Art. 24: the private zone's service account for the interconnection, province realm only. */
  public static final String ZONE_INTERCONNECT = ZoneAccount.CLIENT_ID;

  /**
   * Art. 15: the provider's monitoring, a confidential client whose service account holds {@link
   * Role#PROVIDER_OPERATOR}; portal-private accepts its tokens on the usage intake only.
   */
  public static final String USAGE_INTAKE = UsageAccount.CLIENT_ID;

  /** Development only: a public client with direct access grants, for curl and tests. */
  public static final String PORTAL_CLI = "portal-cli";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

  private final String json;

  private RealmTemplate(String json) {
    this.json = json;
  }

  /** The template shipped in this module. */
  public static RealmTemplate standard() {
    try (InputStream in = RealmTemplate.class.getResourceAsStream("realm-template.json")) {
      return new RealmTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Art. 4: the province-wide role exists in the province's realm only. */
  public static List<Role> rolesOf(Tenant tenant) {
    return Arrays.stream(Role.values())
        .filter(role -> tenant.isProvince() || !role.provinceOnly())
        .toList();
  }

  /** The whole realm of that tenant, demo users included when the settings ask for them. */
  public RealmRepresentation render(Tenant tenant, ProvisioningSettings settings) {
    Map<String, String> values =
        Map.of(
            "tenant", tenant.id().value(),
            "tenantNameZh", tenant.nameZh(),
            "privateBaseUrl", settings.privateBaseUrl(),
            "publicBaseUrl", settings.publicBaseUrl(),
            "privateClientSecret", settings.privateClientSecret(),
            "publicClientSecret", settings.publicClientSecret(),
            "interconnectClientSecret", settings.interconnectClientSecret(),
            "usageClientSecret", settings.usageClientSecret());
    RealmRepresentation realm = parse(substitute(values));
    realm.setRoles(roles(tenant));
    realm.setPasswordPolicy(RealmPolicy.passwordPolicy(settings.demo()));
    if (!tenant.isProvince()) {
      realm.setClients(
          realm.getClients().stream()
              .filter(client -> !ZONE_INTERCONNECT.equals(client.getClientId()))
              .toList());
    }
    if (settings.demo()) {
      realm.setUsers(DemoUsers.of(tenant));
    } else {
      realm.setClients(
          realm.getClients().stream()
              .filter(client -> !PORTAL_CLI.equals(client.getClientId()))
              .toList());
    }
    return realm;
  }

  private String substitute(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(json);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("realm template: unknown placeholder " + matcher.group());
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(jsonEscaped(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The value as it may stand inside a JSON string literal. */
  private static String jsonEscaped(String value) {
    try {
      String quoted = JsonSerialization.writeValueAsString(value);
      return quoted.substring(1, quoted.length() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RealmRepresentation parse(String rendered) {
    try {
      RealmRepresentation realm = JsonSerialization.readValue(rendered, RealmRepresentation.class);
      realm.setClients(new ArrayList<ClientRepresentation>(realm.getClients()));
      return realm;
    } catch (IOException e) {
      throw new UncheckedIOException("realm template is not valid JSON", e);
    }
  }

  private static RolesRepresentation roles(Tenant tenant) {
    RolesRepresentation roles = new RolesRepresentation();
    roles.setRealm(
        rolesOf(tenant).stream()
            .map(
                role -> {
                  RoleRepresentation representation = new RoleRepresentation();
                  representation.setName(role.realmRole());
                  representation.setDescription("Art. 4: " + role.name());
                  return representation;
                })
            .toList());
    return roles;
  }
}

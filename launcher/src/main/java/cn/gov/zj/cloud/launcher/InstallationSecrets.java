package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import cn.gov.zj.cloud.domain.usage.UsageAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Art. 23–25 (silent development secret): the secrets of one installation. Each comes from the
 * launcher's environment (or a system property of the same name) when set there; otherwise, in demo
 * mode only, it is generated once into {@code data/secrets/<variable>} and kept across restarts.
 * Outside demo mode a missing one stops the start, naming its variable. No fixed development value
 * exists.
 *
 * @param keycloakAdminPassword the master realm's {@link Stack#KEYCLOAK_ADMIN}, used by the realm
 *     provisioner only
 * @param privateClientSecret the {@code portal-private} client of every realm
 * @param publicClientSecret the {@code portal-public} client of every realm
 * @param interconnectClientSecret the province realm's {@code zone-interconnect} client (Art. 24)
 * @param usageClientSecret every realm's {@code usage-intake} client: the provider's monitoring
 *     posts daily usage with its client-credentials tokens (Art. 15); the provider is given it, the
 *     portals never need it
 * @param contactKey the AES-256 key sealing citizens' contacts in the public zone (Art. 23)
 */
public record InstallationSecrets(
    String keycloakAdminPassword,
    String privateClientSecret,
    String publicClientSecret,
    String interconnectClientSecret,
    String usageClientSecret,
    String contactKey,
    String formKey) {

  public static final String KEYCLOAK_ADMIN_PASSWORD = "ZJ_KEYCLOAK_ADMIN_PASSWORD";
  public static final String PRIVATE_CLIENT_SECRET = "ZJ_PRIVATE_CLIENT_SECRET";
  public static final String PUBLIC_CLIENT_SECRET = "ZJ_PUBLIC_CLIENT_SECRET";
  public static final String INTERCONNECT_CLIENT_SECRET = "ZJ_INTERCONNECT_CLIENT_SECRET";
  public static final String USAGE_CLIENT_SECRET = UsageAccount.SECRET_VARIABLE;
  public static final String CONTACT_KEY = "ZJ_PUBLIC_CONTACT_KEY";
  public static final String FORM_KEY = "ZJ_PUBLIC_FORM_KEY";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String toString() {
    return "InstallationSecrets[…]";
  }

  /** From the launcher's system properties and environment, else generated in demo mode. */
  public static InstallationSecrets of(StackSettings settings) {
    return of(settings, name -> Optional.ofNullable(System.getProperty(name, System.getenv(name))));
  }

  static InstallationSecrets of(StackSettings settings, Function<String, Optional<String>> given) {
    Source source = new Source(settings, given);
    return new InstallationSecrets(
        source.value(KEYCLOAK_ADMIN_PASSWORD, InstallationSecrets::randomSecret),
        source.value(PRIVATE_CLIENT_SECRET, InstallationSecrets::randomSecret),
        source.value(PUBLIC_CLIENT_SECRET, InstallationSecrets::randomSecret),
        source.value(INTERCONNECT_CLIENT_SECRET, InstallationSecrets::randomSecret),
        source.value(USAGE_CLIENT_SECRET, InstallationSecrets::randomSecret),
        source.value(CONTACT_KEY, ZoneKey::generate),
        source.value(FORM_KEY, ZoneKey::generate));
  }

  /** Where the generated value of {@code variable} is kept (the banner names it). */
  public static Path file(StackSettings settings, String variable) {
    return settings.dataDirectory().resolve("secrets").resolve(variable);
  }

  /** 32 random bytes, URL-safe Base64: fits a password and a client secret alike. */
  static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private record Source(StackSettings settings, Function<String, Optional<String>> given) {

    String value(String variable, Supplier<String> generator) {
      Optional<String> explicit =
          given.apply(variable).filter(v -> !v.isBlank()).map(String::strip);
      if (explicit.isPresent()) {
        return explicit.get();
      }
      if (!settings.demo()) {
        throw new IllegalStateException(RequiredSecrets.refusal(List.of(variable)));
      }
      Path file = file(settings, variable);
      if (!Files.exists(file) && olderInstallation()) {
        throw new IllegalStateException(
            "the data in "
                + settings.dataDirectory()
                + " was made before each installation had secrets of its own (Keycloak keeps"
                + " admin/admin and the realms the dev-… client secrets): stop, rm -rf "
                + settings.dataDirectory()
                + " and start again, or pass "
                + variable
                + " and the other secrets explicitly (docs/runtime.md)");
      }
      return SecretFiles.readOrCreate(file, generator);
    }

    /** Keycloak's database exists already, made before any secret was generated. */
    private boolean olderInstallation() {
      return settings.embeddedPostgres()
          && Files.isDirectory(settings.dataDirectory().resolve("pg"))
          && !Files.isDirectory(settings.dataDirectory().resolve("secrets"));
    }
  }
}

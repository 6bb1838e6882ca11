package cn.gov.zj.cloud.realm;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one provisioning run changed, realm by realm: nothing at all on a second run.
 *
 * @param added per realm, what was created ({@code "realm"}, {@code "ROLE reviewer"}, ...); a realm
 *     that needed nothing maps to an empty list
 */
public record ProvisioningReport(Map<String, List<String>> added) {

  public ProvisioningReport {
    added = Map.copyOf(added);
  }

  public boolean changedNothing() {
    return added.values().stream().allMatch(List::isEmpty);
  }

  public List<String> addedTo(String realm) {
    return added.getOrDefault(realm, List.of());
  }

  /** Realms that did not exist before this run. */
  public List<String> createdRealms() {
    return added.entrySet().stream()
        .filter(entry -> entry.getValue().contains(RealmProvisioner.REALM_CREATED))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  @Override
  public String toString() {
    if (changedNothing()) {
      return "Keycloak realms up to date, nothing added (" + added.size() + " realms) / 领域无变化";
    }
    return added.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            entry ->
                entry.getKey()
                    + ": "
                    + (entry.getValue().isEmpty()
                        ? "unchanged"
                        : "added " + entry.getValue().size() + " " + entry.getValue()))
        .collect(Collectors.joining("\n", "Keycloak realms provisioned / 领域已配置:\n", ""));
  }
}

package cn.gov.zj.cloud.realm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Art. 25: how staff prove who they are and what the realm remembers of it. Production realms
 * require passwords of at least 12 characters that are not the username and not one of the last
 * five; demo realms leave out the length so that the demo users keep the password {@code demo}.
 * Login events and admin events are stored for 180 days (网络安全法 第二十一条: network logs are kept for at
 * least six months).
 *
 * <p>An existing realm only gets what it lacks: policy terms of a type it has not got, events that
 * are off, a retention that is not set. A term or retention it already has is never changed.
 */
final class RealmPolicy {

  static final String PRODUCTION_PASSWORD_POLICY =
      "length(12) and notUsername and passwordHistory(5)";
  static final String DEMO_PASSWORD_POLICY = "notUsername and passwordHistory(5)";
  static final String ADMIN_EVENTS_EXPIRATION = "adminEventsExpiration";

  private RealmPolicy() {}

  static String passwordPolicy(boolean demo) {
    return demo ? DEMO_PASSWORD_POLICY : PRODUCTION_PASSWORD_POLICY;
  }

  /** Adds to the realm what it lacks of the desired policy and events; what was added. */
  static List<String> ensure(RealmResource realm, RealmRepresentation desired) {
    List<String> added = new ArrayList<>();
    Optional<RealmRepresentation> missing = missing(realm.toRepresentation(), desired, added);
    missing.ifPresent(realm::update);
    return added;
  }

  /**
   * The partial representation that adds what {@code existing} lacks of {@code desired}, naming
   * each addition in {@code added}; empty when nothing lacks.
   */
  static Optional<RealmRepresentation> missing(
      RealmRepresentation existing, RealmRepresentation desired, List<String> added) {
    RealmRepresentation update = new RealmRepresentation();
    String policy = withMissingTerms(existing.getPasswordPolicy(), desired.getPasswordPolicy());
    if (!policy.equals(nullToEmpty(existing.getPasswordPolicy()))) {
      update.setPasswordPolicy(policy);
      added.add("PASSWORD_POLICY " + policy);
    }
    if (!Boolean.TRUE.equals(existing.isEventsEnabled())) {
      update.setEventsEnabled(true);
      added.add("EVENTS login");
    }
    if (existing.getEventsExpiration() == null || existing.getEventsExpiration() <= 0) {
      update.setEventsExpiration(desired.getEventsExpiration());
      added.add("EVENTS_EXPIRATION " + desired.getEventsExpiration());
    }
    if (!Boolean.TRUE.equals(existing.isAdminEventsEnabled())) {
      update.setAdminEventsEnabled(true);
      added.add("EVENTS admin");
    }
    String retention = attribute(existing, ADMIN_EVENTS_EXPIRATION);
    if (retention.isBlank()) {
      String wanted = attribute(desired, ADMIN_EVENTS_EXPIRATION);
      update.setAttributes(Map.of(ADMIN_EVENTS_EXPIRATION, wanted));
      added.add("ADMIN_EVENTS_EXPIRATION " + wanted);
    }
    return added.isEmpty() ? Optional.empty() : Optional.of(update);
  }

  /**
   * Keycloak's policy string ({@code "length(8) and digits"}) with every term of {@code desired}
   * whose type it lacks appended; its own terms stay as they are.
   */
  static String withMissingTerms(String existing, String desired) {
    Map<String, String> terms = terms(existing);
    terms(desired).forEach(terms::putIfAbsent);
    return String.join(" and ", terms.values());
  }

  /** The realm's policy terms by type, in order. */
  static Set<String> types(String policy) {
    return terms(policy).keySet();
  }

  private static Map<String, String> terms(String policy) {
    return Arrays.stream(nullToEmpty(policy).split(" and "))
        .map(String::strip)
        .filter(term -> !term.isEmpty())
        .collect(
            Collectors.toMap(
                RealmPolicy::type, term -> term, (first, second) -> first, LinkedHashMap::new));
  }

  private static String type(String term) {
    int bracket = term.indexOf('(');
    return (bracket < 0 ? term : term.substring(0, bracket)).strip();
  }

  private static String attribute(RealmRepresentation realm, String name) {
    Map<String, String> attributes = realm.getAttributes();
    return attributes == null ? "" : nullToEmpty(attributes.get(name));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}

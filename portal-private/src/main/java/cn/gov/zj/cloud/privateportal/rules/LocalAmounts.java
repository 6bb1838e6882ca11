package cn.gov.zj.cloud.privateportal.rules;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 25: a tenant's local amounts as stored (the fault targets, the security limits): one JSON
 * object of whole numbers per tenant in a table of {@code (tenant_id, <column>, updated_at,
 * updated_by)}, replaced whole on each change. The table and column are the caller's constants.
 */
public final class LocalAmounts {

  private LocalAmounts() {}

  /** The tenant's stored amounts by field, in stored order; empty when it keeps the defaults. */
  public static Optional<Map<String, Integer>> load(
      EntityManager em, String table, String column, String tenant) {
    List<?> stored =
        em.createNativeQuery("select " + column + " from " + table + " where tenant_id = ?1")
            .setParameter(1, tenant)
            .getResultList();
    return stored.stream().findFirst().map(row -> read((String) row));
  }

  /** The stored amounts by field, in stored order. */
  static Map<String, Integer> read(String stored) {
    Map<String, Integer> amounts = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(stored))) {
      reader
          .readObject()
          .forEach((field, value) -> amounts.put(field, ((JsonNumber) value).intValue()));
    }
    return amounts;
  }

  /** Stores {@code amounts} as the tenant's, replacing what it had. */
  public static void store(
      EntityManager em,
      String table,
      String column,
      String tenant,
      Map<String, Integer> amounts,
      Instant at,
      String by) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    amounts.forEach(json::add);
    em.createNativeQuery(
            "insert into "
                + table
                + " (tenant_id, "
                + column
                + ", updated_at, updated_by) values (?1, ?2, ?3, ?4) on conflict (tenant_id) do"
                + " update set "
                + column
                + " = excluded."
                + column
                + ", updated_at = excluded.updated_at, updated_by = excluded.updated_by")
        .setParameter(1, tenant)
        .setParameter(2, json.build().toString())
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, by)
        .executeUpdate();
  }
}

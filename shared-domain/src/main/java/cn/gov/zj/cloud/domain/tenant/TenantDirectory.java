package cn.gov.zj.cloud.domain.tenant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list of tenants (Art. 4, Art. 5). New tenants are added to the list, not to the code: the
 * file named by the environment variable {@code ZJ_TENANTS_FILE} replaces the built-in list.
 */
public final class TenantDirectory {

  /** Environment variable (or system property) naming a tenants file that replaces the default. */
  public static final String FILE_VARIABLE = "ZJ_TENANTS_FILE";

  private final Map<TenantId, Tenant> tenants;

  private TenantDirectory(List<Tenant> list) {
    Map<TenantId, Tenant> byId = new LinkedHashMap<>();
    for (Tenant tenant : list) {
      if (byId.putIfAbsent(tenant.id(), tenant) != null) {
        throw new IllegalArgumentException("tenant listed twice: " + tenant.id());
      }
    }
    if (byId.values().stream().filter(Tenant::isProvince).count() != 1) {
      throw new IllegalArgumentException("the tenant list needs exactly one PROVINCE");
    }
    this.tenants = Collections.unmodifiableMap(byId);
  }

  /** The configured list: {@code ZJ_TENANTS_FILE} when set, else the built-in one. */
  public static TenantDirectory load() {
    String file = System.getProperty(FILE_VARIABLE, System.getenv(FILE_VARIABLE));
    if (file != null && !file.isBlank()) {
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        return parse(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read tenants file " + file, e);
      }
    }
    return builtIn();
  }

  /** The province and its 11 cities, as shipped. */
  public static TenantDirectory builtIn() {
    try (InputStream in = TenantDirectory.class.getResourceAsStream("tenants.csv")) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines of {@code id,division,中文名,English name,PROVINCE|CITY}; {@code #} comments. */
  public static TenantDirectory parse(Reader reader) throws IOException {
    List<Tenant> list = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      list.add(parseLine(trimmed, number));
    }
    return new TenantDirectory(list);
  }

  private static Tenant parseLine(String line, int number) {
    String[] cells = line.split(",", -1);
    if (cells.length != 5) {
      throw new IllegalArgumentException("line " + number + ": expected 5 cells, got " + line);
    }
    try {
      return new Tenant(
          new TenantId(cells[0].strip()),
          cells[1].strip(),
          cells[2].strip(),
          cells[3].strip(),
          TenantKind.valueOf(cells[4].strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    }
  }

  public List<Tenant> all() {
    return List.copyOf(tenants.values());
  }

  /** The tenant of that path segment; empty for anything not in the list. */
  public Optional<Tenant> find(String segment) {
    if (!TenantId.isWellFormed(segment)) {
      return Optional.empty();
    }
    return Optional.ofNullable(tenants.get(new TenantId(segment)));
  }

  public Tenant province() {
    return tenants.values().stream().filter(Tenant::isProvince).findFirst().orElseThrow();
  }
}

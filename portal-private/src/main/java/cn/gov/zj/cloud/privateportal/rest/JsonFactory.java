package cn.gov.zj.cloud.privateportal.rest;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each {@code Json.create…} looks it up again through the
 * ServiceLoader, class-path scan included: under 16 clients that was half of the portal's CPU on
 * the inbox and the detail (docs/benchmarks.md). The provider is thread-safe.
 */
public final class JsonFactory {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonFactory() {}
}

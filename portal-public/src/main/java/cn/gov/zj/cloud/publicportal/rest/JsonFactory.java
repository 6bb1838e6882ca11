package cn.gov.zj.cloud.publicportal.rest;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once: each {@code Json.create…} looks it up again through the
 * ServiceLoader, class-path scan included, which the private portal measured as half of its CPU
 * under load (docs/benchmarks.md). The provider is thread-safe.
 */
public final class JsonFactory {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonFactory() {}
}

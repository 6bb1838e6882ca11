package cn.gov.zj.cloud.privateportal.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.privateportal.paging.Page;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.function.Function;

/** Every REST list's envelope: {@code {"items": [...], "page": n, "size": n, "total": n}}. */
public final class PageJson {

  private PageJson() {}

  public static <T> JsonObject of(Page<T> page, Function<T, ? extends JsonValue> item) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.items().forEach(entry -> items.add(item.apply(entry)));
    return JSON.createObjectBuilder()
        .add("items", items)
        .add("page", page.page())
        .add("size", page.size())
        .add("total", page.total())
        .build();
  }
}

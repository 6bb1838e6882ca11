package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.function.Function;

/** The registry's JSON, with the field names of the REST contract. */
final class RegistryJson {

  private RegistryJson() {}

  static JsonObject unit(UsingUnit unit) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", unit.getId())
            .add("name", unit.getName())
            .add("creditCode", unit.getCreditCode())
            .add("contact", unit.getContact());
    retirement(json, unit.getRetiredAt(), unit.getRetiredReason());
    return json.build();
  }

  static JsonObject system(AppSystem system) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", system.getId())
            .add("unitId", system.getUnitId())
            .add("name", system.getName());
    nullable(json, "description", system.getDescription());
    json.add("mlpsLevel", system.getMlpsLevel())
        .add("securityOfficer", system.getSecurityOfficer());
    nullable(json, "securityOfficerAccount", system.getSecurityOfficerAccount());
    json.add("cloudStatus", system.getCloudStatus().name());
    nullable(
        json,
        "onCloudSince",
        system.getOnCloudSince() == null ? null : system.getOnCloudSince().toString());
    nullable(
        json, "cloudEntry", system.getCloudEntry() == null ? null : system.getCloudEntry().name());
    nullable(json, "exemptionBasis", system.getExemptionBasis());
    json.add("publicFacing", system.isPublicFacing());
    retirement(json, system.getRetiredAt(), system.getRetiredReason());
    return json.build();
  }

  /** Art. 3: {@code retired}, and when it is, since when and why. */
  private static void retirement(JsonObjectBuilder json, Instant at, String reason) {
    json.add("retired", at != null);
    if (at != null) {
      json.add("retiredAt", at.toString()).add("retiredReason", reason);
    }
  }

  static <T> JsonObject page(Page<T> page, Function<T, JsonObject> item) {
    return PageJson.of(page, item);
  }

  /** 201 with the new resource's Location and its JSON. */
  static Response created(UriInfo uri, Long id, JsonObject json) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(json.toString())
        .build();
  }

  private static void nullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}

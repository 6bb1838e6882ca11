package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.application.InputField;
import cn.gov.zj.cloud.domain.application.InputSpec;
import cn.gov.zj.cloud.domain.application.ResourceType;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Art. 7–12: the OpenAPI document's request body of every lifecycle action, derived from its one
 * declaration ({@link Action#input()}): a schema {@code ActionInput.<action>} per action with the
 * fields it takes (required ones listed as such) and its materials by MLPS level and major change
 * ({@code x-materials}), and a path {@code .../actions/<action>} per action using it; the generic
 * {@code .../actions/{action}} takes one of them. Named by {@code mp.openapi.filter}.
 */
public class ActionSchemas implements OASFilter {

  static final String PREFIX = "ActionInput.";
  private static final String JSON = "application/json";
  private static final Set<String> TEXT_LINE_FIELDS =
      Set.of("type", "os", "engine", "kind", "service");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    List<Schema> all = new ArrayList<>();
    for (Action action : Action.values()) {
      openApi.getComponents().addSchema(PREFIX + action.restName(), schemaOf(action));
      all.add(ref(action));
    }
    if (openApi.getPaths() == null) {
      return;
    }
    Map<String, PathItem> paths = Map.copyOf(openApi.getPaths().getPathItems());
    paths.forEach(
        (path, item) -> {
          if (path.endsWith("/actions/{action}") && item.getPOST() != null) {
            item.getPOST().setRequestBody(body(OASFactory.createSchema().oneOf(all)));
            for (Action action : Action.values()) {
              openApi
                  .getPaths()
                  .addPathItem(
                      path.replace("{action}", action.restName()),
                      OASFactory.createPathItem().POST(operationOf(action, item.getPOST())));
            }
          }
        });
  }

  /** Art. 7–12: the body of {@code action}: its fields, the required ones, its materials. */
  static Schema schemaOf(Action action) {
    InputSpec spec = action.input();
    Schema schema =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            // a field the action does not take is refused (400 application.field.notTaken)
            .additionalPropertiesBoolean(Boolean.FALSE)
            .title(english(action.nameKey()))
            .description(
                "Art. "
                    + action.article()
                    + ": "
                    + english(action.nameKey())
                    + ". "
                    + materialsText(spec));
    List<String> required = new ArrayList<>();
    for (InputField field : spec.taken()) {
      schema.addProperty(field.json(), fieldSchema(field, spec));
      if (spec.requires(field)) {
        required.add(field.json());
      }
    }
    if (!required.isEmpty()) {
      schema.required(required);
    }
    schema.addExtension("x-materials", materials(spec, new MlpsLevel(MlpsLevel.MIN), false));
    schema.addExtension("x-materials-from-level-3", materials(spec, new MlpsLevel(3), false));
    schema.addExtension(
        "x-materials-major-change", materials(spec, new MlpsLevel(MlpsLevel.MIN), true));
    schema.addExtension("x-resource-lines-required", spec.resourceLines());
    return schema;
  }

  private static List<String> materials(InputSpec spec, MlpsLevel level, boolean major) {
    return spec.materials(level, major).stream().map(AttachmentKind::name).sorted().toList();
  }

  private static String materialsText(InputSpec spec) {
    if (!spec.takesMaterials()) {
      return "No materials.";
    }
    return "Materials, uploaded as attachments of these kinds before the action: "
        + materials(spec, new MlpsLevel(MlpsLevel.MIN), false)
        + "; at MLPS level 3 or above "
        + materials(spec, new MlpsLevel(3), false)
        + "; for a major change "
        + materials(spec, new MlpsLevel(MlpsLevel.MIN), true)
        + " (at level 3 or above "
        + materials(spec, new MlpsLevel(3), true)
        + ").";
  }

  private static Schema fieldSchema(InputField field, InputSpec spec) {
    Schema schema =
        switch (field.shape()) {
          case TEXT -> OASFactory.createSchema().type(Schema.SchemaType.STRING);
          case INTEGER -> OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
          case FLAG -> OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
          case CONFIRMATION ->
              OASFactory.createSchema()
                  .type(Schema.SchemaType.BOOLEAN)
                  .enumeration(List.of(Boolean.TRUE));
          case THIRD_PARTY ->
              object(
                  Map.of(
                      "body", text(field.maxLength()),
                      "accreditationNo",
                          text(0).pattern("^CNAS\\s*(L|IB)\\s*\\d{4,5}$").example("CNAS L1234")),
                  spec.need(field) == InputSpec.Need.WITH_THIRD_PARTY_REPORT
                      ? "required at MLPS level 3 or above (with the THIRD_PARTY_TEST_REPORT)"
                      : null);
          case RESOURCE_LINES ->
              OASFactory.createSchema()
                  .type(Schema.SchemaType.ARRAY)
                  .minItems(1)
                  .items(resourceLine());
          case RANGE -> object(Map.of("min", integer(), "max", integer()), null);
        };
    if (field.maxLength() > 0 && field.shape() == InputField.Shape.TEXT) {
      schema.maxLength(field.maxLength());
    }
    if (field == InputField.MLPS_LEVEL) {
      schema.minimum(BigDecimal.valueOf(MlpsLevel.MIN)).maximum(BigDecimal.valueOf(MlpsLevel.MAX));
    }
    return schema;
  }

  private static Schema resourceLine() {
    Schema line = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    for (String name : ResourceInput.LINE_FIELDS.stream().sorted().toList()) {
      line.addProperty(name, TEXT_LINE_FIELDS.contains(name) ? text(0) : integer());
    }
    line.getProperties()
        .get("type")
        .enumeration(
            Arrays.stream(ResourceType.values()).map(Enum::name).map(Object.class::cast).toList());
    return line.required(List.of("type"));
  }

  private static Schema object(Map<String, Schema> properties, String description) {
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    properties.keySet().stream()
        .sorted()
        .forEach(name -> schema.addProperty(name, properties.get(name)));
    return description == null ? schema : schema.description(description);
  }

  private static Schema text(int maxLength) {
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return maxLength > 0 ? schema.maxLength(maxLength) : schema;
  }

  private static Schema integer() {
    return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
  }

  private static Schema ref(Action action) {
    return OASFactory.createSchema().ref("#/components/schemas/" + PREFIX + action.restName());
  }

  private static RequestBody body(Schema schema) {
    Content content =
        OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType().schema(schema));
    return OASFactory.createRequestBody().content(content).required(false);
  }

  private static Operation operationOf(Action action, Operation generic) {
    Operation operation =
        OASFactory.createOperation()
            .operationId("fire-" + action.restName())
            .summary(english(action.nameKey()) + " (Art. " + action.article() + ")")
            .description(
                "Fires "
                    + action.restName()
                    + " as the role "
                    + action.role().realmRole()
                    + ". "
                    + materialsText(action.input()))
            .requestBody(body(ref(action)))
            .responses(generic.getResponses());
    operation.setTags(generic.getTags());
    operation.setParameters(
        generic.getParameters() == null
            ? null
            : generic.getParameters().stream().filter(p -> !"action".equals(p.getName())).toList());
    return operation;
  }

  private static String english(String key) {
    return Messages.get(Locale.ENGLISH, key);
  }
}

package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.domain.filing.BuildMode;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 5: the plan's fields and its document as the filing form and the correction form hold them
 * (include {@code filing-plan.xhtml}); refusals are shown beside the field they name.
 */
public class PlanFields implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the service does with the typed plan and the chosen document (null when none). */
  @FunctionalInterface
  interface Send {
    void send(PlatformPlan.Draft draft, String fileName, InputStream document) throws IOException;
  }

  private String platformName;
  private BuildMode mode;
  private String provider;
  private final Map<String, Integer> capacity = new LinkedHashMap<>();
  private Integer mlpsLevel;
  private transient Part file;

  /** The fields of a filing as filed, to correct. */
  static PlanFields of(PlatformFiling filing) {
    PlanFields fields = new PlanFields();
    fields.platformName = filing.getPlatformName();
    fields.mode = filing.getMode();
    fields.provider = filing.getProvider();
    fields.capacity.putAll(filing.getCapacity());
    fields.mlpsLevel = filing.getMlpsLevel();
    return fields;
  }

  /** Sends the plan and the document; refusals go beside their fields of {@code formId}. */
  void send(String formId, Send send) {
    try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
      String name = content == null ? null : file.getSubmittedFileName();
      FacesFeedback.attempt(
          formId,
          () -> {
            try {
              send.send(draft(), name, content);
            } catch (InvalidInputException e) {
              FacesFeedback.invalid(
                  e, field -> formId + ":" + FacesFeedback.kebab(field.replace('.', '-')));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PlatformPlan.Draft draft() {
    Map<String, Integer> amounts = new LinkedHashMap<>();
    capacity.forEach(
        (key, amount) -> {
          if (amount != null) {
            amounts.put(key, amount);
          }
        });
    return new PlatformPlan.Draft(platformName, mode, provider, amounts, mlpsLevel);
  }

  public BuildMode[] getModes() {
    return BuildMode.values();
  }

  /** Art. 18: the MLPS levels to choose from. */
  public java.util.List<Integer> getLevels() {
    return java.util.stream.IntStream.rangeClosed(MlpsLevel.MIN, MlpsLevel.MAX).boxed().toList();
  }

  public String getPlatformName() {
    return platformName;
  }

  public void setPlatformName(String platformName) {
    this.platformName = platformName;
  }

  public BuildMode getMode() {
    return mode;
  }

  public void setMode(BuildMode mode) {
    this.mode = mode;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  /** The capacity by key, bound per input ({@code capacity['vcpu']}). */
  public Map<String, Integer> getCapacity() {
    return capacity;
  }

  public Integer getMlpsLevel() {
    return mlpsLevel;
  }

  public void setMlpsLevel(Integer mlpsLevel) {
    this.mlpsLevel = mlpsLevel;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}

package cn.gov.zj.cloud.privateportal.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One file chosen on a page (an {@code h:inputFile}), handed to the service that checks and keeps
 * it; a refusal is shown beside the form's {@code file} input, a success as "uploaded".
 */
public final class PartUpload {

  /** What keeps the file: its submitted name and content (null when none was chosen). */
  @FunctionalInterface
  public interface Keeper {
    void keep(String name, InputStream content);
  }

  private PartUpload() {}

  /** True when the file was kept. */
  public static boolean send(Part file, String formId, Keeper keeper) {
    boolean[] kept = {false};
    try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
      String name = file == null ? null : file.getSubmittedFileName();
      FacesFeedback.attempt(
          formId,
          () -> {
            keeper.keep(name, content);
            kept[0] = true;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (kept[0]) {
      FacesFeedback.info("attachment.uploaded");
    }
    return kept[0];
  }
}

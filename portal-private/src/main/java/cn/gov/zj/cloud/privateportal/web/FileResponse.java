package cn.gov.zj.cloud.privateportal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stored file's bytes as the answer to a page request (attachments of applications, faults and
 * training sessions): always as a download under its own name, never sniffed, never cached.
 */
public final class FileResponse {

  private FileResponse() {}

  /** Writes the file and completes the response. */
  public static void send(String fileName, String contentType, long size, Path file) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    response.responseReset();
    response.setResponseContentType(contentType);
    response.setResponseContentLength((int) size);
    response.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    response.setResponseHeader("X-Content-Type-Options", "nosniff");
    response.setResponseHeader("Cache-Control", "private, no-store");
    try (OutputStream out = response.getResponseOutputStream()) {
      Files.copy(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}

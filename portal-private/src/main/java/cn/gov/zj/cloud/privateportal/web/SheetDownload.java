package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Every list's XLSX export as a PrimeFaces file download (the button {@code export}, "导出 Excel"):
 * the rows its {@link PagedModel#all} holds, written by {@link SheetWriter}, headed in the page's
 * language.
 */
public final class SheetDownload {

  private SheetDownload() {}

  /** The download of a sheet's bytes as {@code fileName}. */
  public static StreamedContent of(String fileName, byte[] content) {
    return of(fileName, SheetWriter.XLSX, content);
  }

  /** The download of a file's bytes of {@code contentType} (a report's PDF) as {@code fileName}. */
  public static StreamedContent of(String fileName, String contentType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}

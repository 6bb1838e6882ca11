package cn.gov.zj.cloud.domain.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Art. 7, 9: the kinds of file accepted as application material, told apart by their content.
 *
 * <p>Each kind carries the media type the portal serves it with and its usual extension. The
 * extensions serve only to report a declared name that does not fit the content; they never decide
 * the kind.
 */
public enum ContentType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls"),
  PPT("application/vnd.ms-powerpoint", "ppt"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", "odp"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
  GIF("image/gif", "gif"),
  ZIP("application/zip", "zip");

  private final String mediaType;
  private final List<String> extensions;

  ContentType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  /** The usual extension, without the dot, e.g. {@code docx}. */
  public String extension() {
    return extensions.get(0);
  }

  /** Whether the declared file name ends in an extension of this kind, case aside. */
  public boolean fitsName(String declaredName) {
    if (declaredName == null) {
      return false;
    }
    int dot = declaredName.lastIndexOf('.');
    return dot >= 0
        && extensions.contains(declaredName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
  }

  /** The kinds allowed, as the refusal message lists them: {@code PDF, DOCX, …, ZIP}. */
  public static String allowedList() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The OpenDocument kind whose {@code mimetype} entry holds this media type, if any. */
  static ContentType openDocument(String mediaType) {
    for (ContentType type : List.of(ODT, ODS, ODP)) {
      if (type.mediaType.equals(mediaType)) {
        return type;
      }
    }
    return null;
  }
}

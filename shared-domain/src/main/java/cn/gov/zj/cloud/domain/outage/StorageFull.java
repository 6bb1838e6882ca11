package cn.gov.zj.cloud.domain.outage;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.util.List;

/**
 * Issue 15: the attachment store's disk is full. The upload is refused, nothing of it is kept
 * (neither a row nor a partial file); named on the upload's field like any refused upload, so that
 * a page shows it beside the field, and answered 507 by the REST API.
 */
public class StorageFull extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** The message beside the upload field. */
  public static final String MESSAGE_KEY = "attachment.storageFull";

  public StorageFull(String field, Throwable cause) {
    super(List.of(new FieldError(field, MESSAGE_KEY, List.of())));
    initCause(cause);
  }
}

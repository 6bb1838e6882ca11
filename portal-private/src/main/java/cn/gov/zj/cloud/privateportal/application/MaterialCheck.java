package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.AttachmentKind;
import java.io.Serializable;

/**
 * Art. 7, 9, 11, 12: one line of an action's materials checklist.
 *
 * @param kind the material
 * @param done an upload of this kind counts for the action
 * @param ifMajor Art. 11: required only if the change turns out major
 */
public record MaterialCheck(AttachmentKind kind, boolean done, boolean ifMajor)
    implements Serializable {}

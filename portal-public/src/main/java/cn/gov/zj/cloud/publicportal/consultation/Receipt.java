package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;

/**
 * Art. 23: what a submitter gets back: the tracking number and the query code that together let
 * them read the status and the reply; {@code repeated} when the same submission came again within
 * the window and collapsed into the first.
 */
public record Receipt(TrackingNumber trackingNumber, QueryCode queryCode, boolean repeated) {}

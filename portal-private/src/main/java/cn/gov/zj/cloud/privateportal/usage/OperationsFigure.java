package cn.gov.zj.cloud.privateportal.usage;

/**
 * Art. 15: one figure of a monthly report's O&M summary: its JSON name, the UI bundle key of its
 * label, and its value for the unit and month.
 */
public record OperationsFigure(String name, String labelKey, long value) {}

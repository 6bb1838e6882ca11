package cn.gov.zj.cloud.domain.application;

/** Resource line drafts as the REST body gives them, for the tests. */
final class Lines {

  private Lines() {}

  static ResourceDraft host(int quantity, int vcpu, int memory, int system, int data) {
    return new ResourceDraft(
        "CLOUD_HOST",
        quantity,
        vcpu,
        memory,
        system,
        data,
        "openEuler 22.03",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static ResourceDraft database(String engine, int vcpu, int memoryGiB, int storageGiB) {
    return new ResourceDraft(
        "CLOUD_DATABASE",
        null,
        vcpu,
        memoryGiB,
        null,
        null,
        null,
        engine,
        storageGiB,
        null,
        null,
        null,
        null);
  }

  static ResourceDraft storage(String kind, int capacityGiB) {
    return new ResourceDraft(
        "CLOUD_STORAGE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        kind,
        capacityGiB,
        null,
        null);
  }

  static ResourceDraft security(String service) {
    return new ResourceDraft(
        "CLOUD_SECURITY",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        service,
        null);
  }

  static ResourceDraft bandwidth(int mbps) {
    return new ResourceDraft(
        "BANDWIDTH", null, null, null, null, null, null, null, null, null, null, null, mbps);
  }
}

package cn.gov.zj.cloud.publicportal.service;

import java.util.Optional;

/** Art. 23: one public-facing application system of a tenant, as its public directory shows it. */
public record PublicService(
    long id, String name, Optional<String> unitName, Optional<String> description) {}

package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of systems, narrowed to a unit, a tenant or an officer's account (Art. 18: 我负责的系统) when
 * given, searched by name or security officer. Row-level security has already narrowed it to what
 * the transaction may see.
 */
record SystemQuery(Long unitId, String tenantId, String officerAccount) {

  SystemQuery(Long unitId, String tenantId) {
    this(unitId, tenantId, null);
  }

  Page<AppSystem> page(EntityManager em, PageRequest request) {
    List<String> filters = new ArrayList<>();
    if (unitId != null) {
      filters.add("s.unitId = :unit");
    }
    if (tenantId != null) {
      filters.add("s.tenantId = :tenant");
    }
    if (officerAccount != null) {
      filters.add("s.securityOfficerAccount = :officer");
    }
    if (request.search() != null) {
      filters.add(
          "(lower(s.name) like :q escape '\\' or lower(s.securityOfficer) like :q escape '\\')");
    }
    return Listing.page(
        em,
        AppSystem.class,
        "AppSystem s",
        String.join(" and ", filters),
        query -> {
          if (unitId != null) {
            query.setParameter("unit", unitId);
          }
          if (tenantId != null) {
            query.setParameter("tenant", tenantId);
          }
          if (officerAccount != null) {
            query.setParameter("officer", officerAccount);
          }
          if (request.search() != null) {
            query.setParameter("q", request.likePattern());
          }
        },
        request,
        Systems.SORTABLE);
  }
}

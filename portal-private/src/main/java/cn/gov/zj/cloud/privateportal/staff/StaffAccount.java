package cn.gov.zj.cloud.privateportal.staff;

/**
 * Art. 4: an account of the tenant's realm as its administrator sees it.
 *
 * @param unitCode the credit code of the user's using unit (Keycloak attribute {@code unit})
 */
public record StaffAccount(
    String id,
    String username,
    String firstName,
    String lastName,
    String email,
    String unitCode,
    boolean enabled) {}

/**
 * The registry (Art. 3, 4, 18, 25): the tenant's using units ({@link
 * cn.gov.zj.cloud.privateportal.registry.Units}, table {@code using_unit}) and their application
 * systems ({@link cn.gov.zj.cloud.privateportal.registry.Systems}, table {@code app_system}), the
 * province's read-only oversight ({@link cn.gov.zj.cloud.privateportal.registry.Oversight}), the
 * bulk import from XLSX or CSV ({@link cn.gov.zj.cloud.privateportal.registry.RegistryImport}) and
 * the retirement of units and systems (kept, shown as retired, no new application).
 *
 * <p>A system follows its application ({@link
 * cn.gov.zj.cloud.privateportal.registry.RegistryFollower}, observing the lifecycle's {@code
 * ActionFired} in the action's transaction): activation puts it on the cloud from that day, new
 * when it was planned, else migrated (Art. 3, 10); an approved change sets its MLPS level (Art. 11,
 * 18); reclamation takes it off the cloud (Art. 12). Who may do what is said once, in {@code
 * RegistryPolicy}.
 */
package cn.gov.zj.cloud.privateportal.registry;

/**
 * Art. 17, 19: the files of the security items: a finding's rectification evidence (the unit's,
 * while the finding is open), a monthly bulletin's attachments and a drill's report (the
 * provider's). Each is checked and stored as an application's attachments are (the one check of
 * every upload, {@link cn.gov.zj.cloud.privateportal.application.Attachments#receive}); whoever
 * sees the item lists and downloads its files; every upload and download is audited.
 */
package cn.gov.zj.cloud.privateportal.securityfile;

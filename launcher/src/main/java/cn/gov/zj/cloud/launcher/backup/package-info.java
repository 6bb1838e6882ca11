/**
 * Backup and restore of the stack (README, Operations): an online physical backup of the embedded
 * PostgreSQL (the three databases at one point in time), the attachments by their SHA-256, and the
 * installation's secrets, each file listed with its SHA-256 in a manifest; a restore onto an empty
 * data directory that checks every file first.
 */
package cn.gov.zj.cloud.launcher.backup;

/**
 * The database of cases, drafts and the audit trail: Panache entities over the tables of the Flyway
 * migrations ({@code db/migration}). Entities refer to each other by id, nothing is loaded lazily.
 */
package org.zhuiguang.assistant.persistence;

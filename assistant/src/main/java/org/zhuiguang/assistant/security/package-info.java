/**
 * Accounts and who the caller is: accounts from {@code ZG_ACCOUNTS} (a JSON file, plain or bcrypt
 * passwords) or the documented demo accounts, checked over HTTP Basic; the role checks, visibility
 * and audit row of every action on cases, drafts and the audit trail.
 */
package org.zhuiguang.assistant.security;

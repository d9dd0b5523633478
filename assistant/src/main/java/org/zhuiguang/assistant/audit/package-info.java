/**
 * The audit trail as plain Java: rows chained by hash (each row's hash covers its canonical fields
 * and the previous row's hash) and the verifier that names the first broken row. The service and
 * {@code zg audit verify} store and read the rows; this package decides what is intact.
 */
package org.zhuiguang.assistant.audit;

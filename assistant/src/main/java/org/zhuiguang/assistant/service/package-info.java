/**
 * CDI wiring of the plain-Java workflows: the statute library, re-index jobs, the answer service.
 */
package org.zhuiguang.assistant.service;

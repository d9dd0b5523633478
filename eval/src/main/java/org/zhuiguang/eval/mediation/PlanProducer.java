package org.zhuiguang.eval.mediation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zhuiguang.eval.input.MediationCase;

/** Produces the {@code plan --json} object for a case's narrative; the harness times each call. */
@FunctionalInterface
public interface PlanProducer {
  ObjectNode plan(MediationCase mediationCase) throws Exception;
}

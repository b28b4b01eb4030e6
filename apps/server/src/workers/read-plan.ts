// Worker task (run through @lantoa/media's runIsolated by the plan.parse job): reads a plan document
// and parses it, off the event loop; a document the reader refuses throws its PlanReadError, which
// comes back to the job with its Vietnamese message.
import { type PlanExtract, parsePlanText, readPlanDocument } from '@lantoa/plan-parser';

export interface ReadPlanInput {
  bytes: Uint8Array;
  name: string;
}

export async function readPlan(input: ReadPlanInput): Promise<{ text: string; extract: PlanExtract }> {
  const doc = await readPlanDocument(input.bytes, input.name);
  return { text: doc.text, extract: parsePlanText(doc.text) };
}

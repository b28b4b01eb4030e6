// Worker tasks (run through @lantoa/media's runIsolated, see use-cases/files/read-document-isolated.ts):
// read a document and parse it as a plan (the plan.parse job), or only read its text (the assistant's
// sources), off the event loop; a document the reader refuses throws its PlanReadError, which comes
// back to the caller with its Vietnamese message.
import { type PlanExtract, parsePlanText, readPlanDocument } from '@lantoa/plan-parser';

export interface ReadPlanInput {
  bytes: Uint8Array;
  name: string;
}

export async function readPlan(input: ReadPlanInput): Promise<{ text: string; extract: PlanExtract }> {
  const doc = await readPlanDocument(input.bytes, input.name);
  return { text: doc.text, extract: parsePlanText(doc.text) };
}

export async function readText(input: ReadPlanInput): Promise<{ text: string }> {
  return { text: (await readPlanDocument(input.bytes, input.name)).text };
}

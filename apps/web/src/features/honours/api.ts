/**
 * Calls of honours (`/api/honour-nominations`, `/api/bodies/:id/honour-…`). The shapes are inferred
 * from the API contract (types only: nothing of it reaches the bundle); what the forms send is the
 * contract's request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/honours';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';

export type Nomination = z.output<typeof contract.nomination>;
export type NominationSummary = z.output<typeof contract.nominationSummary>;
export type NominationPage = z.output<typeof contract.nominationPage>;
export type NominationEvidence = z.output<typeof contract.nominationEvidence>;
export type EvidencePreview = z.output<typeof contract.evidencePreview>;
export type HonourEvents = z.output<typeof contract.honourEvents>;
export type NominationInput = z.input<typeof contract.nominationInput>;
export type NominationUpdate = z.input<typeof contract.nominationUpdate>;
export type NominationDecision = z.input<typeof contract.nominationDecision>;
export type NominationFilter = QueryOf<typeof contract.nominationListQuery>;

const enc = encodeURIComponent;
const nominationPath = (id: string) => `/api/honour-nominations/${enc(id)}`;

export const honoursApi = {
  list: (filter: NominationFilter) => api.get<NominationPage>('/api/honour-nominations', { ...filter }),
  get: (id: string) => api.get<Nomination>(nominationPath(id)),
  evidence: (
    bodyId: string,
    query: { year: number; nomineeBodyId: string; personName?: string; personTitle?: string },
  ) => api.get<EvidencePreview>(`/api/bodies/${enc(bodyId)}/honour-evidence`, query),
  events: (bodyId: string, year: number) =>
    api.get<HonourEvents>(`/api/bodies/${enc(bodyId)}/honour-events`, { year }),
  create: (bodyId: string, input: NominationInput) =>
    api.post<Nomination>(`/api/bodies/${enc(bodyId)}/honour-nominations`, input),
  update: (id: string, input: NominationUpdate) => api.put<Nomination>(nominationPath(id), input),
  decide: (id: string, input: NominationDecision) =>
    api.post<Nomination>(`${nominationPath(id)}/decision`, input),
  certify: (id: string) => api.post<Nomination>(`${nominationPath(id)}/certificate`),
  /** The certificate of merit, opened as a link (the session cookie goes with it). */
  certificateUrl: (id: string) => `${nominationPath(id)}/certificate.pdf`,
};

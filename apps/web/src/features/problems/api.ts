/**
 * Calls of problems for scientists (`/api/science-problems`) and the proposals answering them. The
 * shapes it answers are inferred from the API contract (types only: nothing of it reaches the bundle);
 * what the forms send is the contract's request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/science-problems';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';

export type ProblemSummary = z.output<typeof contract.scienceProblemSummary>;
export type ProblemPage = z.output<typeof contract.scienceProblemPage>;
export type Problem = z.output<typeof contract.scienceProblem>;
export type Proposal = z.output<typeof contract.scienceProposal>;

export type ProblemInput = z.input<typeof contract.scienceProblemInput>;
export type ProblemUpdate = z.input<typeof contract.scienceProblemUpdate>;
export type ProblemClose = z.input<typeof contract.scienceProblemClose>;
export type ProposalReview = z.input<typeof contract.scienceProposalReview>;
export type ProblemFilter = QueryOf<typeof contract.scienceProblemQuery>;

const enc = encodeURIComponent;
const problemPath = (id: string) => `/api/science-problems/${enc(id)}`;
const proposalPath = (id: string) => `/api/science-proposals/${enc(id)}`;

export const problemsApi = {
  list: (filter: ProblemFilter) => api.get<ProblemPage>('/api/science-problems', { ...filter }),
  get: (id: string) => api.get<Problem>(problemPath(id)),
  create: (bodyId: string, input: ProblemInput) =>
    api.post<{ id: string }>(`/api/bodies/${enc(bodyId)}/science-problems`, input),
  update: (id: string, input: ProblemUpdate) => api.put<Problem>(problemPath(id), input),
  publish: (id: string, version: number) => api.post<Problem>(`${problemPath(id)}/publish`, { version }),
  close: (id: string, input: ProblemClose) => api.post<Problem>(`${problemPath(id)}/close`, input),
  proposals: (problemId: string) =>
    api.get<z.output<typeof contract.scienceProposalList>>(`${problemPath(problemId)}/proposals`),
  review: (id: string, input: ProposalReview) => api.post<Proposal>(`${proposalPath(id)}/review`, input),
  /** A proposal's file, opened as a link (the session cookie goes with it). */
  fileUrl: (proposalId: string, fileId: string) => `${proposalPath(proposalId)}/files/${enc(fileId)}`,
};

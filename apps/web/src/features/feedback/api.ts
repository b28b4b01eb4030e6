/**
 * Calls of citizens' feedback (`/api/feedback`). The shapes it answers are inferred from the API
 * contract (types only: nothing of it reaches the bundle); what the forms send is the contract's
 * request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/feedback';
import type { FeedbackAge, FeedbackView } from '@lantoa/domain/constants';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type FeedbackSummary = z.output<typeof contract.feedbackSummary>;
export type FeedbackPage = z.output<typeof contract.feedbackPage>;
export type FeedbackItem = z.output<typeof contract.feedbackItem>;

export type RouteInput = z.input<typeof contract.feedbackRouteInput>;
export type AnswerInput = z.input<typeof contract.feedbackAnswerInput>;
export type PublishInput = z.input<typeof contract.feedbackPublishInput>;
export type RejectInput = z.input<typeof contract.feedbackRejectInput>;

export interface FeedbackFilter {
  view?: FeedbackView | undefined;
  age?: FeedbackAge | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const itemPath = (id: string) => `/api/feedback/${enc(id)}`;

export const feedbackApi = {
  list: (filter: FeedbackFilter) => api.get<FeedbackPage>('/api/feedback', { ...filter }),
  get: (id: string) => api.get<FeedbackItem>(itemPath(id)),
  /** The photo, opened as a link or shown as a picture (the session cookie goes with it). */
  photoUrl: (id: string) => `${itemPath(id)}/photo`,
  route: (id: string, input: RouteInput) => api.post<FeedbackItem>(`${itemPath(id)}/route`, input),
  answer: (id: string, input: AnswerInput) => api.put<FeedbackItem>(`${itemPath(id)}/answer`, input),
  publish: (id: string, input: PublishInput) => api.post<FeedbackItem>(`${itemPath(id)}/publish`, input),
  reject: (id: string, input: RejectInput) => api.post<FeedbackItem>(`${itemPath(id)}/reject`, input),
};

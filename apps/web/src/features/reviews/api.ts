/**
 * Calls of the yearly and final reviews (`/api/plans/:id/review`). The shapes are inferred from the
 * API contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/reviews';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type ReviewReport = z.output<typeof contract.reviewReport>;
export type ReviewKind = z.output<typeof contract.reviewKind>;
export type ReviewTable = NonNullable<ReviewReport['sections'][number]['parts'][number]['table']>;

const reviewPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/review`;

export const reviewsApi = {
  /** The draft made from the plan's data: a yearly review needs its year, a final one may end early. */
  draft: (planId: string, kind: ReviewKind, year: number | undefined) =>
    api.get<ReviewReport>(reviewPath(planId), { kind, year }),
  /** The edited review as .docx or .pdf. */
  file: (planId: string, format: 'docx' | 'pdf', report: ReviewReport) =>
    api.download('POST', `${reviewPath(planId)}.${format}`, report),
};

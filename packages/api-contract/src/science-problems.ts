// Problems for scientists (đặt hàng, bài toán khoa học và công nghệ, issue 17): the department's
// problems and the proposals answering them, as the staff app reads and writes them. Proposals
// arrive through the public page's form (HTML, not this API); their contact details are answered only
// to those who manage the problem. Request bodies the web sends live here too, typed by the web as
// z.input<…>.
import {
  PROPOSAL_DECISIONS,
  SCIENCE_PROBLEM_STATUSES,
  SCIENCE_PROPOSAL_STATUSES,
} from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyRef, id, isoDate, isoDateTime, listOf, pageOf } from './common.ts';
import { dateField, page, pageSize, version } from './request-fields.ts';
import { text } from './text-field.ts';
import { storedFileRef } from './uploads.ts';

export const scienceProblemStatus = z.enum(SCIENCE_PROBLEM_STATUSES);
export const scienceProposalStatus = z.enum(SCIENCE_PROPOSAL_STATUSES);
export const proposalDecision = z.enum(PROPOSAL_DECISIONS);

/** POST /api/bodies/:id/science-problems (a draft); PUT /api/science-problems/:id (with version). */
export const scienceProblemInput = z.object({
  title: text(500),
  /** Who has the problem: the business, farm, cooperative or agency that needs it solved. */
  holder: text(500),
  /** What is needed, as the public page shows it. */
  needs: text(10_000, { multiline: true }),
  /** The results expected (products, indicators, time), optional. */
  expected: text(5000, { multiline: true, optional: true }).optional(),
  /** The last day proposals are taken (Vietnam's day, inclusive). */
  deadline: dateField,
});
export const scienceProblemUpdate = scienceProblemInput.extend({ version });
/** POST /api/science-problems/:id/publish. */
export const scienceProblemPublish = z.object({ version });
/**
 * POST /api/science-problems/:id/close: the outcome as the public page shows it, and the proposals
 * selected (all others of the problem become "not selected").
 */
export const scienceProblemClose = z.object({
  version,
  outcome: text(5000, { multiline: true }),
  selectedProposalIds: z.array(z.uuid()).max(500, { error: 'Tối đa 500 đề xuất.' }),
});
/** POST /api/science-proposals/:id/review. */
export const scienceProposalReview = z.object({
  status: proposalDecision,
  note: text(5000, { multiline: true, optional: true }).optional(),
  version,
});

/** GET /api/science-problems (query string). */
export const scienceProblemQuery = z.object({
  bodyId: z.uuid().optional(),
  q: z.string().max(200).optional(),
  status: scienceProblemStatus.optional(),
  page,
  pageSize: pageSize.default(50),
});

export const scienceProblemSummary = z.object({
  id,
  body: bodyRef,
  title: z.string(),
  holder: z.string(),
  deadline: isoDate,
  status: scienceProblemStatus,
  publishedAt: isoDateTime.nullable(),
  /** Proposals received, by where they stand in the review. */
  proposals: z.record(scienceProposalStatus, z.number().int()),
  proposalTotal: z.number().int(),
  /** Published, not closed, deadline not passed (Vietnam's today). */
  acceptsProposals: z.boolean(),
  createdAt: isoDateTime,
});
/** GET /api/science-problems. */
export const scienceProblemPage = pageOf(scienceProblemSummary);
/** GET, PUT /api/science-problems/:id and its publish and close. */
export const scienceProblem = scienceProblemSummary.extend({
  needs: z.string(),
  expected: z.string(),
  outcome: z.string(),
  /** The problem's public page (once published), on its province's public home. */
  publicUrl: z.string().nullable(),
  /** The actor edits, publishes, closes it and reviews its proposals (sees their contact details). */
  canManage: z.boolean(),
  version: z.number().int(),
});
export const scienceProblemCreated = z.object({ id });

/** A proposal as the department reviews it: with its contact details and files. */
export const scienceProposal = z.object({
  id,
  /** The receipt code the sender was given ("DX-7K3M-Q9TD"). */
  code: z.string(),
  organisation: z.string(),
  contactName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  summary: z.string(),
  status: scienceProposalStatus,
  reviewNote: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  files: z.array(storedFileRef),
  version: z.number().int(),
});
/** GET /api/science-problems/:id/proposals (to those who manage the problem). */
export const scienceProposalList = listOf(scienceProposal);

// The extraction format's types, inferred from its one declaration (extract-schema.ts).
import type { z } from 'zod';
import type { COMPARATORS, PLAN_LEVELS, planExtract, planExtractParts } from './extract-schema.ts';

export type PlanLevel = (typeof PLAN_LEVELS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type PlanSigner = z.output<typeof planExtractParts.signer>;
export type PlanDocumentInfo = z.output<typeof planExtractParts.document>;
export type PlanBasis = z.output<typeof planExtractParts.basis>;
export type PlanTarget = z.output<typeof planExtractParts.target>;
export type Timeframe = z.output<typeof planExtractParts.timeframe>;
export type PlanTask = z.output<typeof planExtractParts.task>;
export type PlanReporting = z.output<typeof planExtractParts.reporting>;
export type PlanEvent = z.output<typeof planExtractParts.event>;
export type PlanResponsibility = z.output<typeof planExtractParts.responsibility>;
export type PlanCoverage = z.output<typeof planExtractParts.coverage>;
export type PlanExtract = z.output<typeof planExtract>;

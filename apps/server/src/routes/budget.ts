import {
  budgetAllocationInput,
  budgetAppraisalInput,
  budgetEstimate,
  budgetEstimateInput,
  budgetEstimatePage,
  budgetEstimateQuery,
  budgetEstimateUpdate,
  budgetPlanOptions,
  budgetReturnInput,
  budgetSpendingInput,
  budgetStepInput,
  budgetTables,
  budgetTablesQuery,
  budgetTablesWorkbook,
} from '@lantoa/api-contract/budget';
import { MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { allocateBudgetEstimate } from '../use-cases/budget/allocate-budget-estimate.ts';
import { appraiseBudgetEstimate } from '../use-cases/budget/appraise-budget-estimate.ts';
import { consolidateBudgetEstimate } from '../use-cases/budget/consolidate-budget-estimate.ts';
import { createBudgetEstimate } from '../use-cases/budget/create-budget-estimate.ts';
import { exportBudgetTables } from '../use-cases/budget/export-budget-tables.ts';
import { getBudgetEstimate } from '../use-cases/budget/get-budget-estimate.ts';
import { getBudgetTables } from '../use-cases/budget/get-budget-tables.ts';
import { listBudgetEstimates } from '../use-cases/budget/list-budget-estimates.ts';
import { listBudgetPlans } from '../use-cases/budget/list-budget-plans.ts';
import { recordBudgetSpending } from '../use-cases/budget/record-budget-spending.ts';
import { returnBudgetEstimate } from '../use-cases/budget/return-budget-estimate.ts';
import { submitBudgetEstimate } from '../use-cases/budget/submit-budget-estimate.ts';
import { updateBudgetEstimate } from '../use-cases/budget/update-budget-estimate.ts';
import { idParams } from './schemas.ts';
import { sendAttachment } from './uploads.ts';

/**
 * The budget: a body's estimates by plan and year, their way (submit, consolidate, return, appraise,
 * allocate), the spending recorded against them, and the consolidated tables (on screen and .xlsx).
 */
export const budgetRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['budget'];
    app.get(
      '/api/budget/estimates',
      {
        schema: {
          tags,
          summary:
            'The estimates the reader sees: all, its body’s, those it consolidates or those it appraises; counts by status',
          querystring: budgetEstimateQuery,
          response: { 200: budgetEstimatePage },
        },
      },
      async (request) => listBudgetEstimates(contextOf(request, deps), request.query),
    );
    app.get(
      '/api/bodies/:id/budget-plans',
      {
        schema: {
          tags,
          summary: 'The plans a body may estimate for, with the tasks given to it (for its own people)',
          params: idParams,
          response: { 200: budgetPlanOptions },
        },
      },
      async (request) => listBudgetPlans(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/bodies/:id/budget-estimates',
      {
        schema: {
          tags,
          summary: 'Start the body’s estimate for a plan and a year (a draft; one per plan and year)',
          params: idParams,
          body: budgetEstimateInput,
          response: { 201: budgetEstimate },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createBudgetEstimate(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/budget/estimates/:id',
      {
        schema: {
          tags,
          summary: 'An estimate with its lines, appraisal, allocation and spending, and the reader’s steps',
          params: idParams,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => getBudgetEstimate(contextOf(request, deps), request.params.id),
    );
    app.put(
      '/api/budget/estimates/:id',
      {
        schema: {
          tags,
          summary: 'Correct a draft’s note and lines (optimistic on version)',
          params: idParams,
          body: budgetEstimateUpdate,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => updateBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/submit',
      {
        schema: {
          tags,
          summary: 'The body sends its draft to the consolidating department',
          params: idParams,
          body: budgetStepInput,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => submitBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/consolidate',
      {
        schema: {
          tags,
          summary:
            'The consolidating department takes the estimate in and sends it to the finance department',
          params: idParams,
          body: budgetStepInput,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => consolidateBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/return',
      {
        schema: {
          tags,
          summary: 'Send the estimate back to the body’s draft with a reason',
          params: idParams,
          body: budgetReturnInput,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => returnBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/appraise',
      {
        schema: {
          tags,
          summary:
            'The finance department appraises every line: approved, reduced or refused (a reason for the last two)',
          params: idParams,
          body: budgetAppraisalInput,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => appraiseBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/allocate',
      {
        schema: {
          tags,
          summary:
            'Record the allocation decided by the people’s committee (per line, at most what was approved)',
          params: idParams,
          body: budgetAllocationInput,
          response: { 200: budgetEstimate },
        },
      },
      async (request) => allocateBudgetEstimate(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/budget/estimates/:id/spending',
      {
        schema: {
          tags,
          summary: 'Record a payment against a line of an allocated estimate (never past what was allocated)',
          params: idParams,
          body: budgetSpendingInput,
          response: { 201: budgetEstimate },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordBudgetSpending(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/budget/tables',
      {
        schema: {
          tags,
          summary:
            'A plan’s budget of a year by source, body and task (for the consolidating and finance departments)',
          querystring: budgetTablesQuery,
          response: { 200: budgetTables },
        },
      },
      async (request) => getBudgetTables(contextOf(request, deps), request.query),
    );
    app.get(
      '/api/budget/tables.xlsx',
      {
        schema: {
          tags,
          summary: 'The same tables as the .xlsx a finance department works with',
          querystring: budgetTablesQuery,
          response: { 200: budgetTablesWorkbook },
        },
      },
      async (request, reply) => {
        const file = await exportBudgetTables(contextOf(request, deps), request.query);
        return sendAttachment(reply, MEDIA_TYPES.xlsx, file.name, file.bytes);
      },
    );
  };

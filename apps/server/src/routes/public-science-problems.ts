import { MAX_PROPOSAL_FILES } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { AppError, ERROR_STATUS } from '../http/errors.ts';
import { formGuardFields } from '../public-pages/form-guard.ts';
import {
  PROBLEM_NOT_FOUND,
  proposalReceivedPage,
  scienceProblemListPage,
  scienceProblemPage,
} from '../public-pages/science-problem-pages.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import { getPublicScienceProblem } from '../use-cases/science-problems/get-public-science-problem.ts';
import { listPublicScienceProblems } from '../use-cases/science-problems/list-public-science-problems.ts';
import { PROPOSAL_FIELDS, ProposalRefused } from '../use-cases/science-problems/proposal-input.ts';
import { submitScienceProposal } from '../use-cases/science-problems/submit-science-proposal.ts';
import { publicSiteParams } from './schemas.ts';
import { readUploads, UploadRefused } from './uploads.ts';

/** A public home's address: its body's code ("08", "02353"). */
const problemParams = publicSiteParams.extend({ problemId: z.uuid() });

/**
 * The public pages of problems for scientists, under a body's public home: the list, a problem with
 * its proposal form (posted without script, multipart, with files), and the receipt it answers.
 */
export const publicScienceProblemRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these pages answer with an HTML page, not JSON.
    const pageErrors = publicPageErrors(
      () => PROBLEM_NOT_FOUND,
      'Máy chủ gặp sự cố khi mở trang đặt hàng. Hãy tải lại trang sau ít phút.',
    );
    app.setErrorHandler(pageErrors);
    const db = deps.handle.db;
    const { publicUrl, uploadLimits } = deps.config;
    const pageOptions = { publicUrl, limits: uploadLimits };
    const pageLimit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    // The largest file the form takes: a document's or a picture's limit, whichever is larger; each
    // file is then held to its own kind's limit by the media checks.
    const largestFile = Math.max(uploadLimits.maxDocumentBytes, uploadLimits.maxImageBytes);

    app.get(
      '/cong-khai/:code/dat-hang',
      {
        schema: {
          tags: ['public'],
          summary:
            'A public home’s problems for scientists (HTML): open ones newest first, closed ones with their outcome',
          params: publicSiteParams,
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const list = await listPublicScienceProblems(db, site);
        return sendHtml(request, reply, 200, scienceProblemListPage(site, list, publicUrl));
      },
    );

    app.get(
      '/cong-khai/:code/dat-hang/:problemId',
      {
        schema: {
          tags: ['public'],
          summary:
            'A published problem for scientists (HTML) with the proposal form while it takes proposals',
          params: problemParams,
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const problem = await getPublicScienceProblem(db, site, request.params.problemId);
        const state = problem.acceptsProposals
          ? { values: {}, errors: {}, guard: await formGuardFields(db, new Date()) }
          : null;
        return sendHtml(request, reply, 200, scienceProblemPage(site, problem, state, pageOptions));
      },
    );

    // No CSRF token: the form carries no session (a signed-in browser's cookie is not read), and what
    // it does (send a proposal) is what anyone may do; the page's policy lets it post to this origin only.
    app.post(
      '/cong-khai/:code/dat-hang/:problemId',
      {
        schema: {
          tags: ['public'],
          summary:
            'Send a proposal to a problem (multipart: organisation, contact_name, email, phone, summary, consent, the form guard, then up to 3 files); answers the receipt page (HTML) or the form again with the errors',
          params: problemParams,
          consumes: ['multipart/form-data'],
        },
        config: {
          rateLimit: { max: deps.config.publicSubmitsPerHour, timeWindow: '1 hour' },
          sessionless: true,
        },
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const problem = await getPublicScienceProblem(db, site, request.params.problemId);
        let form: Record<string, string> = {};
        try {
          const upload = await readUploads(request, largestFile, MAX_PROPOSAL_FILES);
          form = upload.fields;
          const { code } = await submitScienceProposal(db, filesOf(deps), {
            site,
            problemId: problem.id,
            form,
            files: upload.files,
            limits: uploadLimits,
          });
          return sendHtml(request, reply, 200, proposalReceivedPage(site, problem, code, publicUrl));
        } catch (error) {
          if (!(error instanceof AppError) || error.code === 'internal' || error.code === 'not_found')
            throw error;
          // Refused: the form again, as typed, with each error beside its field and nothing recorded.
          if (error instanceof UploadRefused) form = error.fields;
          const errors =
            error instanceof ProposalRefused
              ? error.errors
              : error.field
                ? { [error.field === 'file' ? PROPOSAL_FIELDS.files : error.field]: error.message }
                : {};
          const message =
            error instanceof ProposalRefused || !error.field
              ? error.message
              : 'Chưa gửi được đề xuất: hãy sửa ô được đánh dấu bên dưới rồi gửi lại. Tệp đính kèm cần được chọn lại.';
          const state = { values: form, errors, message, guard: await formGuardFields(db, new Date()) };
          return sendHtml(
            request,
            reply,
            ERROR_STATUS[error.code],
            scienceProblemPage(site, problem, state, pageOptions),
          );
        }
      },
    );
  };

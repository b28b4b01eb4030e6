import type { Database } from '@lantoa/db';
import { acceptsProposals, formatIsoDate, MAX_PROPOSAL_FILES, vietnamToday } from '@lantoa/domain';
import { type FormatSet, inspectFile, type UploadLimits, UploadRejectedError } from '@lantoa/media';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { AppError, type ErrorCode } from '../../http/errors.ts';
import { checkFormGuard } from '../../public-pages/form-guard.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { newReceiptCode } from '../public-site/receipt-code.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { getPublicScienceProblem } from './get-public-science-problem.ts';
import { type ProposalField, ProposalRefused, readProposalFields } from './proposal-input.ts';

/** What a proposal may attach: documents, sheets and pictures (no SVG: nothing to run in a browser). */
export const PROPOSAL_FORMATS: FormatSet = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'webp', 'gif'];

/** A code taken by another proposal: drawn again (30^8 codes; it practically never happens). */
class CodeTaken extends Error {}
const CODE_ATTEMPTS = 5;

const FILE_ERROR_CODES: Partial<Record<UploadRejectedError['code'], ErrorCode>> = {
  too_large: 'payload_too_large',
  unsupported_type: 'unsupported_media',
  type_mismatch: 'unsupported_media',
};

/** Each file through the media checks of the library; the first refused one is named in the error. */
async function inspectProposalFiles(files: UploadedFile[], limits: UploadLimits) {
  const inspected = [];
  for (const file of files) {
    try {
      inspected.push(
        await inspectFile(
          { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
          { accept: PROPOSAL_FORMATS, limits },
        ),
      );
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      return {
        error: `Tệp «${file.name}»: ${error.message}`,
        code: FILE_ERROR_CODES[error.code] ?? 'invalid_input',
      };
    }
  }
  return { files: inspected };
}

export interface ProposalSubmission {
  site: PublicSite;
  problemId: string;
  /** The form's text fields as posted (the form guard's among them). */
  form: Record<string, string>;
  files: UploadedFile[];
  limits: UploadLimits;
}

/**
 * A scientist or a business answers a published problem from its public page: the form guard (a
 * person, not a script; the page not a day old), then {@link acceptScienceProposal}.
 */
export async function submitScienceProposal(
  db: Kysely<Database>,
  files: FileStorage,
  submission: ProposalSubmission,
) {
  const now = new Date();
  await checkFormGuard(db, submission.form, now);
  return acceptScienceProposal(db, files, submission, now);
}

/**
 * A proposal past the form guard: the deadline (Vietnam's day), every field and every file through
 * the library's media checks, then in one transaction the proposal with its files under a receipt
 * code, audited with no actor. The sender's contact details stay in their own columns, for the
 * department only; the audit keeps that they were given, not what they are.
 */
export async function acceptScienceProposal(
  db: Kysely<Database>,
  files: FileStorage,
  submission: ProposalSubmission,
  now = new Date(),
) {
  const problem = await getPublicScienceProblem(db, submission.site, submission.problemId, now);
  if (!acceptsProposals(problem, vietnamToday(now))) {
    throw new AppError(
      'conflict',
      problem.status === 'closed'
        ? 'Đặt hàng này đã đóng và đã có kết quả, không nhận thêm đề xuất.'
        : `Đã hết hạn nhận đề xuất (hạn cuối ngày ${formatIsoDate(problem.deadline)}). Hãy theo dõi các đặt hàng khác đang mở.`,
    );
  }
  const read = readProposalFields(submission.form);
  const errors: Partial<Record<ProposalField, string>> = { ...read.errors };
  let code: ErrorCode = 'invalid_input';
  if (submission.files.length > MAX_PROPOSAL_FILES) {
    errors.files = `Chỉ gửi được tối đa ${MAX_PROPOSAL_FILES} tệp. Hãy bỏ bớt tệp rồi gửi lại.`;
    code = 'payload_too_large';
  }
  const inspected = errors.files ? null : await inspectProposalFiles(submission.files, submission.limits);
  if (inspected?.error) {
    errors.files = inspected.error;
    code = inspected.code;
  }
  if (!read.fields || !inspected?.files) {
    // A file's refusal keeps its status (413, 415) when it is all that is wrong.
    throw new ProposalRefused(
      Object.keys(errors).length === 1 && errors.files ? code : 'invalid_input',
      errors,
    );
  }
  const fields = read.fields;
  const uploads = inspected.files;
  const owner = await db
    .selectFrom('science_problems')
    .select('body_id')
    .where('id', '=', problem.id)
    .executeTakeFirstOrThrow();

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const proposal = await insertAudited(trx, {
          table: 'science_proposals',
          values: {
            created_at: now,
            problem_id: problem.id,
            code: newReceiptCode('DX'),
            organisation: fields.organisation,
            contact_name: fields.contactName,
            email: fields.email,
            phone: fields.phone,
            summary: fields.summary,
            consent: true,
          },
          unique: { columns: ['code'], taken: () => new CodeTaken() },
          audit: (inserted) => ({
            actorId: null,
            bodyId: owner.body_id,
            action: 'science_proposal.submit',
            entityType: 'science_proposal',
            after: {
              code: inserted.code,
              problemId: problem.id,
              organisation: fields.organisation,
              email: fields.email !== null,
              phone: fields.phone !== null,
              consent: true,
              files: uploads.map((file) => ({
                name: file.name,
                mediaType: file.mediaType,
                size: file.bytes.byteLength,
              })),
            },
          }),
        });
        for (const file of uploads) {
          const stored = await storeFile(trx, files, owner.body_id, null, {
            name: file.name,
            mediaType: file.mediaType,
            bytes: file.bytes,
          });
          await trx
            .insertInto('science_proposal_files')
            .values({ proposal_id: proposal.id, file_id: stored.id })
            .execute();
        }
        return { code: proposal.code, problem };
      });
    } catch (error) {
      if (!(error instanceof CodeTaken) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

import { honourSignerTitle } from '@lantoa/domain';
import { renderHonourCertificate } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { peoplesCommittee, placeOf } from '../shared/official-names.ts';
import { checkCertifiable } from './certificate-guard.ts';
import { loadReadableNomination } from './load-nomination.ts';

/** "CHỦ TỊCH" → "Chủ tịch". */
const sentenceStart = (title: string) => {
  const lower = title.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
};

/**
 * The certificate of merit of an approved nomination as PDF, for those who read the nomination, once
 * the deciding body has issued it (its number is the one issued, every time). The deciding body
 * signs: a province's or commune's people's committee by its chair, a department by its director
 * (under the people's committee above it).
 */
export async function downloadHonourCertificate(ctx: Context, id: string) {
  const row = await loadReadableNomination(ctx, id);
  checkCertifiable(row);
  const decidingId = row.deciding_body_id ?? row.deciding_id;
  if (!row.certificate_no || !row.decision_no || !row.decided_on || !decidingId) {
    throw new AppError(
      'conflict',
      'Giấy khen chưa được cấp số. Hãy đề nghị đơn vị ra quyết định bấm «Cấp giấy khen» trước khi tải.',
    );
  }
  const deciding = await ctx.db
    .selectFrom('bodies as deciding')
    .leftJoin('bodies as above', 'above.id', 'deciding.parent_id')
    .select(['deciding.name', 'deciding.kind', 'above.name as above_name', 'above.kind as above_kind'])
    .where('deciding.id', '=', decidingId)
    .executeTakeFirstOrThrow();
  const isUnit = (kind: string | null) => kind === 'province' || kind === 'commune';
  const issuerName = isUnit(deciding.kind) ? peoplesCommittee(deciding.name) : deciding.name;
  const governingName =
    !isUnit(deciding.kind) && deciding.above_name && isUnit(deciding.above_kind)
      ? peoplesCommittee(deciding.above_name)
      : null;
  const signerTitle = honourSignerTitle(deciding.kind);
  const placeName = isUnit(deciding.kind) ? deciding.name : (deciding.above_name ?? '');
  const person = row.nominee_kind === 'person' ? row.person_name : null;
  const pdf = await renderHonourCertificate({
    issuerName,
    governingName,
    awardedBy: `${sentenceStart(signerTitle)} ${issuerName}`,
    recipient: person ?? row.nominee_name,
    recipientDetail: person ? [row.person_title, row.nominee_name].filter(Boolean).join(', ') : '',
    citation: row.citation,
    decisionNo: row.decision_no,
    decidedOn: row.decided_on,
    certificateNo: row.certificate_no,
    place: placeOf(placeName),
    signerTitle,
  });
  return { name: `Giay-khen-${row.certificate_no}.pdf`, pdf };
}

import { draftAchievements } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { checkedEvidenceYear, loadNominee } from './load-nominee.ts';
import { nominationEvidence } from './nomination-evidence.ts';

/**
 * Before nominating: the evidence the product holds of the nominee body's year and the paragraph of
 * achievements drafted from it, for the nominator to read and edit. Nothing is written.
 */
export async function previewNominationEvidence(
  ctx: Context,
  nominatingBodyId: string,
  q: {
    year: number;
    nomineeBodyId: string;
    personName?: string | undefined;
    personTitle?: string | undefined;
  },
) {
  const { nominee } = await loadNominee(ctx, nominatingBodyId, q.nomineeBodyId);
  const today = checkedEvidenceYear(q.year);
  const evidence = await nominationEvidence(ctx, { path: nominee.path, year: q.year, today });
  return {
    nominee: { id: nominee.id, name: nominee.name, kind: nominee.kind },
    evidence,
    achievements: draftAchievements(
      { bodyName: nominee.name, personName: q.personName || null, personTitle: q.personTitle },
      evidence,
    ),
  };
}

import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { getRoundResults } from './get-round-results.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A closed round's results for the organiser: ranking, winners by tier, tallies by body. */
export async function exportRoundResults(ctx: Context, contestId: string, roundNumber: number) {
  await loadContestForOrganiser(ctx, contestId);
  const r = await getRoundResults(ctx.db, contestId, roundNumber);
  const person = [
    { key: 'rank', header: 'Hạng', width: 8 },
    { key: 'name', header: 'Họ và tên', width: 28 },
    { key: 'citizenId', header: 'Số định danh', width: 16 },
    { key: 'body', header: 'Cơ quan, đơn vị', width: 32 },
    { key: 'correct', header: 'Số câu đúng', width: 12 },
    { key: 'total', header: 'Số câu', width: 8 },
    { key: 'prediction', header: 'Dự đoán', width: 12, numFmt: '#,##0' },
    { key: 'distance', header: 'Chênh lệch dự đoán', width: 18, numFmt: '#,##0' },
    { key: 'seconds', header: 'Thời gian (giây)', width: 16 },
    { key: 'attempts', header: 'Số lượt thi', width: 12 },
  ];
  const row = (e: (typeof r.ranking)[number]) => ({
    rank: e.rank,
    name: e.name,
    citizenId: e.citizenId,
    body: e.body,
    correct: e.correct,
    total: e.total,
    prediction: e.prediction,
    distance: e.predictionDistance,
    seconds: seconds(e.durationMs),
    attempts: e.attempts,
  });
  return buildValuesXlsx([
    { title: `Vòng ${r.round.number} - xếp hạng`, columns: person, rows: r.ranking.map(row) },
    {
      title: 'Giải thưởng',
      columns: [{ key: 'tier', header: 'Giải', width: 16 }, ...person],
      rows: r.winners.flatMap((w) => w.winners.map((e) => ({ tier: w.tier, ...row(e) }))),
    },
    {
      title: 'Theo đơn vị',
      columns: [
        { key: 'body', header: 'Cơ quan, đơn vị', width: 36 },
        { key: 'participants', header: 'Số người thi', width: 14, numFmt: '#,##0' },
        { key: 'attempts', header: 'Số lượt thi', width: 14, numFmt: '#,##0' },
        { key: 'meanScore', header: 'Điểm trung bình', width: 16, numFmt: '0.00' },
      ],
      rows: r.tallies.map((t) => ({
        body: t.body,
        participants: t.participants,
        attempts: t.attempts,
        meanScore: t.meanScore,
      })),
    },
  ]);
}

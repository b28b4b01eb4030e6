import { formatVietnamDateTime } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { EXCEL_VIETNAM_TIME_FORMAT, excelVietnamTime } from '../shared/excel-vietnam-time.ts';
import { getRoundResults, type ResultEntry } from './get-round-results.ts';
import { loadContestForOrganiser } from './load-contest-for-organiser.ts';

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The attempt a ranked entry stands for, among the round's submitted ones: its person and its result. */
const attemptKey = (a: {
  name: string;
  citizenId: string;
  correct: number;
  durationMs: number;
  prediction: number | null;
}) => JSON.stringify([a.name, a.citizenId, a.correct, a.durationMs, a.prediction]);

/**
 * A closed round's results for the organiser: ranking, winners by tier, tallies by body, each sheet
 * naming the contest and the round's dates (Vietnam time) under its table and on every printed
 * page, and each ranked person's best attempt with the time it was submitted.
 */
export async function exportRoundResults(ctx: Context, contestId: string, roundNumber: number) {
  const contest = await loadContestForOrganiser(ctx, contestId);
  const r = await getRoundResults(ctx.db, contestId, roundNumber);
  const round = await ctx.db
    .selectFrom('quiz_rounds')
    .select(['id', 'opens_at', 'closes_at'])
    .where('contest_id', '=', contestId)
    .where('number', '=', roundNumber)
    .executeTakeFirst();
  if (!round) throw notFound('vòng thi');
  // The published results keep the ranked attempt's person and figures, not its id: the attempt is
  // found again by them (they do not change once the round has closed).
  const attempts = await ctx.db
    .selectFrom('quiz_attempts as attempt')
    .innerJoin('quiz_participants as participant', 'participant.id', 'attempt.participant_id')
    .select([
      'participant.full_name',
      'participant.citizen_mask',
      'attempt.correct',
      'attempt.duration_ms',
      'attempt.prediction',
      'attempt.submitted_at',
    ])
    .where('attempt.round_id', '=', round.id)
    .where('attempt.submitted_at', 'is not', null)
    .orderBy('attempt.submitted_at')
    .execute();
  const submittedAt = new Map<string, Date>();
  for (const a of attempts) {
    const key = attemptKey({
      name: a.full_name,
      citizenId: a.citizen_mask,
      correct: a.correct ?? 0,
      durationMs: a.duration_ms ?? 0,
      prediction: a.prediction,
    });
    if (a.submitted_at && !submittedAt.has(key)) submittedAt.set(key, a.submitted_at);
  }
  const person = [
    { key: 'rank', header: 'Hạng', width: 7 },
    { key: 'name', header: 'Họ và tên', width: 26, wrap: true },
    { key: 'citizenId', header: 'Số định danh', width: 15 },
    { key: 'body', header: 'Cơ quan, đơn vị', width: 28, wrap: true },
    { key: 'correct', header: 'Số câu đúng', width: 10 },
    { key: 'total', header: 'Số câu', width: 7 },
    { key: 'prediction', header: 'Dự đoán', width: 10, numFmt: '#,##0' },
    { key: 'distance', header: 'Chênh lệch dự đoán', width: 11, numFmt: '#,##0' },
    { key: 'seconds', header: 'Thời gian (giây)', width: 10, numFmt: '#,##0.0' },
    { key: 'submittedAt', header: 'Nộp bài lúc', width: 17, numFmt: EXCEL_VIETNAM_TIME_FORMAT },
    { key: 'attempts', header: 'Số lượt thi', width: 8 },
  ];
  const row = (e: ResultEntry) => {
    const at = submittedAt.get(attemptKey(e));
    return {
      rank: e.rank,
      name: e.name,
      citizenId: e.citizenId,
      body: e.body,
      correct: e.correct,
      total: e.total,
      prediction: e.prediction,
      distance: e.predictionDistance,
      seconds: seconds(e.durationMs),
      submittedAt: at ? excelVietnamTime(at) : null,
      attempts: e.attempts,
    };
  };
  const dates = `từ ${formatVietnamDateTime(round.opens_at)} đến ${formatVietnamDateTime(round.closes_at)}`;
  const pageTitle = `${contest.title} — Vòng ${r.round.number} (${dates})`;
  const notes = [
    `Cuộc thi: ${contest.title}.`,
    `Vòng ${r.round.number}: ${dates} (giờ Việt Nam); ${r.participants} người dự thi.`,
    'Xếp hạng theo lượt thi tốt nhất của mỗi người; "Nộp bài lúc" là thời điểm nộp lượt đó.',
  ];
  return buildValuesXlsx(
    [
      {
        title: `Vòng ${r.round.number} - xếp hạng`,
        pageTitle,
        notes,
        columns: person,
        rows: r.ranking.map(row),
      },
      {
        title: 'Giải thưởng',
        pageTitle,
        notes,
        columns: [{ key: 'tier', header: 'Giải', width: 12, wrap: true }, ...person],
        rows: r.winners.flatMap((w) => w.winners.map((e) => ({ tier: w.tier, ...row(e) }))),
      },
      {
        title: 'Theo đơn vị',
        pageTitle,
        notes,
        columns: [
          { key: 'body', header: 'Cơ quan, đơn vị', width: 36, wrap: true },
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
    ],
    { title: pageTitle },
  );
}

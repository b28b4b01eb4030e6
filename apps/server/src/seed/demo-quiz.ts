import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { createContest } from '../use-cases/quiz/create-contest.ts';
import { createQuestion } from '../use-cases/quiz/create-question.ts';
import { getContest } from '../use-cases/quiz/get-contest.ts';
import { publishContest } from '../use-cases/quiz/publish-contest.ts';
import { registerParticipant } from '../use-cases/quiz/register-participant.ts';
import { saveAnswer } from '../use-cases/quiz/save-answer.ts';
import { startAttempt } from '../use-cases/quiz/start-attempt.ts';
import { submitAttempt } from '../use-cases/quiz/submit-attempt.ts';
import { demoContext } from './demo-plans.ts';
import { DEMO_QUESTION_TOPICS, DEMO_QUESTIONS } from './demo-questions.ts';

const HOUR = 3_600_000;

/**
 * People who took part in round 1 (illustrative names; citizen IDs of Tuyên Quang and Hà Giang births,
 * valid in form only), each with how long ago they played and how many answers they got wrong.
 */
const DEMO_PARTICIPANTS = [
  {
    fullName: 'Nguyễn Văn Hùng',
    phone: '0912345678',
    citizenId: '008085001234',
    group: 'officials',
    hoursAgo: 50,
    wrong: 0,
  },
  {
    fullName: 'Hoàng Thị Mai',
    phone: '0987654321',
    citizenId: '008190004567',
    group: 'citizens',
    hoursAgo: 40,
    wrong: 1,
  },
  {
    fullName: 'Lý Văn Tú',
    phone: '0368123456',
    citizenId: '002203007890',
    group: 'students',
    hoursAgo: 26,
    wrong: 2,
  },
  {
    fullName: 'Ma Thị Hoa',
    phone: '0397246810',
    citizenId: '008301002468',
    group: 'students',
    hoursAgo: 9,
    wrong: 3,
  },
  {
    fullName: 'Triệu Văn Sinh',
    phone: '0856135790',
    citizenId: '008072009135',
    group: 'businesses',
    hoursAgo: 3,
    wrong: 1,
  },
] as const;

/**
 * The province's question bank and a contest open now: weekly rounds from three days before the
 * demo is loaded, so round 1 is in progress wherever the demo is loaded, with a few participants'
 * submitted attempts. Everything goes through the use cases the app calls (validated, audited).
 */
export async function seedDemoQuiz(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  for (const question of DEMO_QUESTIONS) await createQuestion(coordinator, province.id, question);

  const [resolution, goals, skills] = DEMO_QUESTION_TOPICS;
  const today = vietnamToday();
  const { id } = await createContest(coordinator, {
    bodyId: province.id,
    title:
      'Tìm hiểu Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    description:
      'Cuộc thi trực tuyến do Sở Khoa học và Công nghệ tỉnh Tuyên Quang tổ chức, mỗi tuần một vòng. ' +
      'Mỗi lượt thi gồm 10 câu hỏi trắc nghiệm trong 10 phút và một câu dự đoán số người tham gia; ' +
      'mỗi người được thi 2 lượt mỗi vòng, lấy lượt có kết quả cao nhất. Giải thưởng trao theo số câu trả lời đúng, ' +
      'thời gian làm bài và độ chính xác của câu dự đoán.',
    eligibleGroups: ['officials', 'students', 'citizens', 'businesses'],
    topicQuotas: [
      { topic: resolution, count: 4 },
      { topic: goals, count: 3 },
      { topic: skills, count: 3 },
    ],
    timeLimitSeconds: 600,
    attemptsPerRound: 2,
    prizeTiers: [
      { name: 'Giải Nhất', count: 1 },
      { name: 'Giải Nhì', count: 2 },
      { name: 'Giải Ba', count: 3 },
      { name: 'Giải Khuyến khích', count: 5 },
    ],
    startsOn: addDays(today, -3),
    weeks: 4,
  });
  await publishContest(coordinator, id, (await getContest(coordinator, id)).version);

  const keys = new Map(
    (
      await db
        .selectFrom('quiz_questions')
        .select(['id', 'options'])
        .where('body_id', '=', province.id)
        .execute()
    ).map((row) => [
      row.id,
      (row.options as { key: string; correct: boolean }[]).map((o) => ({ key: o.key, correct: o.correct })),
    ]),
  );
  for (const [i, person] of DEMO_PARTICIPANTS.entries()) {
    const now = new Date(Date.now() - person.hoursAgo * HOUR);
    const { participantId } = await registerParticipant(db, id, {
      fullName: person.fullName,
      phone: person.phone,
      citizenId: person.citizenId,
      bodyId: commune.id,
      group: person.group,
    });
    const attempt = await startAttempt(db, id, participantId, now);
    const { question_ids } = await db
      .selectFrom('quiz_attempts')
      .select('question_ids')
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    for (const [n, questionId] of (question_ids as string[]).entries()) {
      const options = keys.get(questionId) ?? [];
      // The last `wrong` questions answered with a wrong option.
      const right = n < (question_ids as string[]).length - person.wrong;
      const answer = options.find((o) => o.correct === right) ?? options[0];
      const answeredAt = new Date(now.getTime() + (n + 1) * (25 + i * 7) * 1000);
      if (answer) await saveAnswer(db, attempt.id, participantId, questionId, [answer.key], answeredAt);
    }
    const submittedAt = new Date(
      now.getTime() + (question_ids as string[]).length * (25 + i * 7) * 1000 + 20_000,
    );
    await submitAttempt(db, attempt.id, participantId, 350 + i * 45, submittedAt);
  }
}

/**
 * Calls of the quiz organiser API (`/api/quiz/…`). The shapes it answers are inferred from the API
 * contract (types only: nothing of it reaches the bundle).
 */
import type * as contract from '@lantoa/api-contract/quiz';
import type { z } from 'zod';
import { api, type DownloadedFile } from '../../api/client.ts';

export type QuizQuestion = z.output<typeof contract.quizQuestion>;
export type QuizOption = z.output<typeof contract.quizOption>;
export type QuestionImport = z.output<typeof contract.questionImport>;
export type OrganiserBody = z.output<typeof contract.organiserList>['items'][number];
export type ContestSummary = z.output<typeof contract.contestSummary>;
export type ContestStatus = ContestSummary['status'];
export type TopicQuota = z.output<typeof contract.topicQuota>;
export type PrizeTier = z.output<typeof contract.prizeTier>;
export type Contest = z.output<typeof contract.contest>;
export type ResultEntry = z.output<typeof contract.resultEntry>;
export type RoundResults = z.output<typeof contract.roundResults>;

/** What the question form sends (the server's request schema, before its defaults). */
export type QuestionInput = z.input<typeof contract.questionInput>;
/** A new contest: the rules it shows, and when and for how long its rounds run. */
export type ContestInput = z.input<typeof contract.contestInput>;

export const quizApi = {
  organisers: () => api.get<z.output<typeof contract.organiserList>>('/api/quiz/organisers'),
  questions: (bodyId: string, filter: { topic?: string | undefined; q?: string | undefined } = {}) =>
    api.get<z.output<typeof contract.questionList>>('/api/quiz/questions', { bodyId, ...filter }),
  createQuestion: (bodyId: string, input: QuestionInput & { code?: string | undefined }) =>
    api.post<QuizQuestion>('/api/quiz/questions', { bodyId, ...input }),
  updateQuestion: (id: string, input: QuestionInput & { active: boolean; version: number }) =>
    api.patch<QuizQuestion>(`/api/quiz/questions/${id}`, input),
  exportQuestions: (bodyId: string): Promise<DownloadedFile> =>
    api.download('GET', `/api/quiz/questions.xlsx?bodyId=${encodeURIComponent(bodyId)}`),
  importQuestions: (bodyId: string, file: File) => {
    const form = new FormData();
    form.append('bodyId', bodyId);
    form.append('file', file);
    return api.upload<QuestionImport>('/api/quiz/questions/import', form);
  },
  contests: () => api.get<z.output<typeof contract.contestList>>('/api/quiz/contests'),
  contest: (id: string) => api.get<Contest>(`/api/quiz/contests/${id}`),
  createContest: (input: ContestInput) =>
    api.post<z.output<typeof contract.contestCreated>>('/api/quiz/contests', input),
  publish: (id: string, version: number) => api.post<void>(`/api/quiz/contests/${id}/publish`, { version }),
  exclude: (id: string, citizenIds: string[]) =>
    api.post<void>(`/api/quiz/contests/${id}/exclusions`, { citizenIds }),
  results: (id: string, round: number) =>
    api.get<RoundResults>(`/api/quiz/contests/${id}/rounds/${round}/results`),
  resultsXlsx: (id: string, round: number): Promise<DownloadedFile> =>
    api.download('GET', `/api/quiz/contests/${id}/rounds/${round}/results.xlsx`),
};

/** The public contest page. */
export const publicContestPath = (id: string) => `/thi/${id}`;

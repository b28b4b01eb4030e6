import { api, type DownloadedFile } from '../../api/client.ts';

export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];
export const PARTICIPANT_GROUPS = ['officials', 'students', 'citizens', 'businesses'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export interface QuizOption {
  key: OptionKey;
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  code: string;
  topic: string;
  difficulty: number;
  text: string;
  explanation: string;
  options: QuizOption[];
  active: boolean;
  version: number;
}

export interface QuestionInput {
  topic: string;
  difficulty: number;
  text: string;
  explanation: string;
  options: QuizOption[];
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; field: string; message: string }[];
}

export interface OrganiserBody {
  id: string;
  name: string;
  kind: string;
}

export interface ContestListItem {
  id: string;
  title: string;
  status: 'draft' | 'published';
  body: { id: string; name: string };
  createdAt: string | null;
  opensAt: string | null;
  closesAt: string | null;
  rounds: number;
  participants: number;
  attemptsPerRound: number;
  timeLimitSeconds: number;
}

export interface TopicQuota {
  topic: string;
  count: number;
}

export interface PrizeTier {
  name: string;
  count: number;
}

export interface ContestInput {
  bodyId: string;
  title: string;
  description: string;
  eligibleGroups: ParticipantGroup[];
  topicQuotas: TopicQuota[];
  timeLimitSeconds: number;
  attemptsPerRound: number;
  prizeTiers: PrizeTier[];
  /** First day of round 1, 'YYYY-MM-DD'. */
  startsOn: string;
  weeks: number;
}

export interface Contest {
  id: string;
  bodyId: string;
  title: string;
  description: string;
  eligibleGroups: ParticipantGroup[];
  topicQuotas: TopicQuota[];
  timeLimitSeconds: number;
  attemptsPerRound: number;
  prizeTiers: PrizeTier[];
  status: 'draft' | 'published';
  version: number;
  rounds: { id: string; number: number; opensAt: string; closesAt: string }[];
  participants: number;
  excluded: string[];
}

export interface RankedEntry {
  rank: number;
  name: string;
  citizenId: string;
  body: string;
  correct: number;
  total: number;
  prediction: number | null;
  predictionDistance: number | null;
  durationMs: number;
  attempts: number;
}

export interface RoundResults {
  round: { number: number; closesAt: string };
  participants: number;
  ranking: RankedEntry[];
  winners: { tier: string; winners: RankedEntry[] }[];
  tallies: {
    bodyId: string;
    body: string;
    participants: number;
    attempts: number;
    meanScore: number;
  }[];
}

export const quizApi = {
  organisers: () => api.get<{ items: OrganiserBody[] }>('/api/quiz/organisers'),
  questions: (bodyId: string, filter: { topic?: string | undefined; q?: string | undefined } = {}) =>
    api.get<{ items: QuizQuestion[]; topics: string[] }>('/api/quiz/questions', { bodyId, ...filter }),
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
    return api.upload<ImportResult>('/api/quiz/questions/import', form);
  },
  contests: () => api.get<{ items: ContestListItem[] }>('/api/quiz/contests'),
  contest: (id: string) => api.get<Contest>(`/api/quiz/contests/${id}`),
  createContest: (input: ContestInput) => api.post<{ id: string }>('/api/quiz/contests', input),
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

// Defaults from the contest rules the province has run so far; each contest may override them.

/** Time allowed for one attempt, enforced by the server from its own start time. */
export const QUIZ_DEFAULT_ATTEMPT_TIME_LIMIT_MS = 10 * 60 * 1000;

/** Attempts one participant may make in one (weekly) round. */
export const QUIZ_DEFAULT_ATTEMPTS_PER_ROUND = 7;

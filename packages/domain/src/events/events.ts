// Events (issue 18): the closed lists, and their rules (pure): the event's life, invitations, the
// key-day calendar and its completeness.
export * from './event-lists.ts';
export * from './event-rules.ts';

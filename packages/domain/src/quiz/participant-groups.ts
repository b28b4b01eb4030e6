/** Who a contest is open to, as the plans name the audiences of the resolution. */
export const PARTICIPANT_GROUPS = ['officials', 'students', 'citizens', 'businesses'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

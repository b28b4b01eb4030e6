/**
 * What the public pages say of a course (the attendance page, a certificate): its topic, kind, days,
 * place and organiser. For a query that joins `courses as course` and `bodies as organiser`.
 */
export const COURSE_HEADING = [
  'course.topic',
  'course.kind',
  'course.starts_on',
  'course.ends_on',
  'course.place',
  'organiser.name as organiser_name',
] as const;

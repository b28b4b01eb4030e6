// Calendar days as Vietnamese users mean them: 'YYYY-MM-DD' in Vietnam time (UTC+7).

/** Today's date in Vietnam, 'YYYY-MM-DD': due dates are Vietnamese calendar days. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as dates are written in Vietnamese text. */
export const formatIsoDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A calendar day plus (or minus) whole days. */
export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

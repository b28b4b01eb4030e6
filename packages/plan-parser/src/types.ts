// The extraction format of `plan parse --json` (shared/spec/plan-extract.md) plus `warnings`.

export type PlanLevel = 'province' | 'commune' | 'ministry' | 'other';
export type Comparator = '=' | '>=' | '<=';

export interface PlanSigner {
  name: string;
  title: string | null;
}

export interface PlanDocumentInfo {
  number: string | null;
  kind: string | null;
  issuer: string | null;
  level: PlanLevel | null;
  place: string | null;
  /** ISO date, or "YYYY-MM" / "YYYY" when the day or month is left blank. */
  date: string | null;
  title: string | null;
  signer: PlanSigner | null;
}

export interface PlanBasis {
  number: string;
  date: string | null;
  issuer: string | null;
  kind: string | null;
}

export interface PlanTarget {
  year: number | null;
  comparator: Comparator;
  value: number;
  unit: string;
  text: string;
}

export interface Timeframe {
  /** As printed. */
  text: string;
  continuous?: boolean;
  yearly?: boolean;
  /** "Theo phát động / chỉ đạo của cấp trên": the date is set by a higher level. */
  followsSuperior?: boolean;
  years?: number[];
  quarters?: number[];
  months?: number[];
  peaks?: { quarters?: number[]; months?: number[] };
}

export interface PlanTask {
  ref: string;
  title: string;
  lead: string[];
  partners: string[];
  timeframe: Timeframe | null;
}

export interface PlanReporting {
  month: number | null;
  day: number | null;
  recurrence: 'yearly' | 'once' | null;
  from: string | null;
  to: string | null;
  text: string;
}

export interface PlanEvent {
  month: number;
  day: number;
  name: string;
}

export interface PlanResponsibility {
  agency: string;
  duties: string[];
}

export interface PlanExtract {
  document: PlanDocumentInfo;
  basis: PlanBasis[];
  targets: PlanTarget[];
  tasks: PlanTask[];
  reporting: PlanReporting[];
  events: PlanEvent[];
  responsibilities: PlanResponsibility[];
  /** What the parser could not place, in Vietnamese. */
  warnings: string[];
}

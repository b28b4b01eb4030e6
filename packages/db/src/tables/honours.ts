import type { HonourForm, NominationStatus, NomineeKind } from '@lantoa/domain';
import type { Generated } from 'kysely';
import type { CreatedAt, Json } from './columns.ts';

/** A nomination for an honour, and its decision (0027). */
export interface HonourNominationsTable {
  id: Generated<string>;
  year: number;
  nominating_body_id: string;
  nominee_kind: NomineeKind;
  /** The body honoured, or the body of the person honoured. */
  nominee_body_id: string;
  person_name: string | null;
  person_title: Generated<string>;
  honour_form: Generated<HonourForm>;
  achievements: string;
  /** The product's evidence when the nomination was made (tasks on time, outputs, trainings, reach). */
  evidence: Json;
  event_id: string | null;
  status: Generated<NominationStatus>;
  deciding_body_id: string | null;
  decision_no: string | null;
  decided_on: string | null;
  decided_by: string | null;
  decision_reason: Generated<string>;
  /** The line a certificate of merit prints ("Đã có thành tích xuất sắc trong…"), set on approval. */
  citation: Generated<string>;
  certificate_no: string | null;
  certificate_issued_at: Date | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  /** Folded names of the nominee (body, person, title), the nominating body and the decision number. */
  search_text: Generated<string>;
}

export interface HonourTables {
  honour_nominations: HonourNominationsTable;
}

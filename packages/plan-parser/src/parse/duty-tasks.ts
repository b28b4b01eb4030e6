// A plan whose items name no body that leads them gives its work body by body under "Tổ chức thực
// hiện" ("Sở Văn hóa, Thể thao và Du lịch: chủ trì, phối hợp với Sở Nội vụ tổ chức …; hoàn thành trong
// Quý II/2026"). Each duty becomes a task that body leads, with the bodies it is to work with as
// partners and the time written at its end; numbered and titled as the review screen numbers and
// titles a duty made a task by hand (dutyRef, dutyTitle).
import { dutyRef, dutyTitle } from '@lantoa/domain/constants';
import type { PlanResponsibility, PlanTask } from '../types.ts';
import { splitBodies } from './bodies.ts';
import { subjectLead } from './subject-lead.ts';
import { parseTimeframe, trailingTimeframe } from './timeframe.ts';

/** One task per duty of each body. */
export function dutyTasks(responsibilities: readonly PlanResponsibility[]): PlanTask[] {
  return responsibilities.flatMap((r, body) => {
    const lead = splitBodies(r.agency);
    return r.duties.map((duty, k): PlanTask => {
      const trailing = trailingTimeframe(duty);
      const text = trailing?.text ?? duty;
      // The duty is the predicate of a sentence whose subject is the body: "<body> chủ trì, phối hợp
      // với Y …" names Y as partners.
      const said = subjectLead(`${r.agency} ${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`);
      return {
        ref: dutyRef(body, k),
        title: dutyTitle(text),
        lead: lead.length ? lead : [r.agency],
        partners: said?.partners ?? [],
        timeframe: trailing ? parseTimeframe(trailing.time) : null,
      };
    });
  });
}

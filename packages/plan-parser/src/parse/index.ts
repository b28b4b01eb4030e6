// Vietnamese administrative plan text → PlanExtract.
import type { PlanExtract, PlanTask } from '../types.ts';
import { parseBasis } from './basis.ts';
import { withConfidence } from './confidence.ts';
import { coverageWarnings, measureCoverage } from './coverage.ts';
import { dutyTasks } from './duty-tasks.ts';
import { parseEvents } from './events.ts';
import { parseHeader } from './header.ts';
import { findSections, type Para, toParagraphs } from './lines.ts';
import { parseReporting } from './reporting.ts';
import { parseResponsibilities } from './responsibilities.ts';
import { parseTargets } from './targets.ts';
import { parseTaskSection, parseTaskTables, unreadTaskTables } from './tasks.ts';
import { withWebMetadata } from './web-metadata.ts';

/** Kinds of document that report or announce rather than plan work. */
const NOT_A_PLAN: Readonly<Record<string, string>> = { BC: 'một báo cáo', TB: 'một thông báo' };

export function parsePlanText(text: string): PlanExtract {
  const paras: Para[] = toParagraphs(text);
  const warnings: string[] = [];
  const sections = findSections(paras);
  const firstSection = sections[0]?.start ?? -1;
  const document = withWebMetadata(
    parseHeader(paras, firstSection > 0 ? firstSection - 1 : -1).document,
    paras,
  );

  const basisEnd = firstSection > 0 ? firstSection - 1 : Math.min(paras.length, 80);
  const basis = parseBasis(paras, basisEnd, sections);

  const targets = [];
  for (const s of sections.filter((x) => x.kind === 'targets')) {
    const r = parseTargets(paras, s.start, s.end);
    targets.push(...r.targets);
    warnings.push(...r.warnings);
  }

  let tasks: PlanTask[] = [];
  const taskLines: number[] = [];
  const table = parseTaskTables(paras);
  if (table) {
    tasks = table.tasks;
    warnings.push(...table.warnings);
    taskLines.push(...table.read);
  } else {
    const results = sections
      .filter((x) => x.kind === 'tasks')
      .map((s) => parseTaskSection(paras, s.start, s.end, s.numeral));
    // A section of contents and forms with no lead anywhere is not the task list when another
    // section names its leads.
    const withLeads = results.filter((r) => r.tasks.some((t) => t.lead.length));
    for (const r of withLeads.length ? withLeads : results) {
      tasks.push(...r.tasks);
      warnings.push(...r.warnings);
      taskLines.push(...r.read);
    }
  }

  const org = sections.find((x) => x.kind === 'organisation');
  const owner = new Map<number, string>();
  const responsibilities = org ? parseResponsibilities(paras, org.start, org.end, owner) : [];
  const reporting = parseReporting(paras, Math.max(firstSection, 0), (i) => owner.get(i) ?? null);
  const events = parseEvents(paras);
  const coverage = measureCoverage(paras, sections, basisEnd, { basis, targets }, [
    ...taskLines,
    ...owner.keys(),
  ]);

  if (!document.kind && sections.length === 0) {
    warnings.unshift(
      'Không nhận ra văn bản là một kế hoạch (không thấy tiêu đề "KẾ HOẠCH"/"QUYẾT ĐỊNH" hay các mục I, II, III...). Hãy kiểm tra lại tệp.',
    );
  } else {
    if (!document.kind) warnings.push('Không tìm thấy loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH...) ở phần đầu.');
    const notPlan = document.kind ? NOT_A_PLAN[document.kind] : undefined;
    if (notPlan) {
      warnings.push(
        `Văn bản là ${notPlan}, không phải kế hoạch: những gì đọc được có thể không phải nhiệm vụ hay chỉ tiêu. Hãy kiểm tra đã chọn đúng tệp.`,
      );
    }
    if (!document.date)
      warnings.push('Không tìm thấy địa danh, ngày tháng ban hành ("..., ngày ... tháng ... năm ...").');
    if (!document.issuer) warnings.push('Không xác định được cơ quan ban hành.');
    if (!table) warnings.push(...unreadTaskTables(paras));
    // Work given body by body under "Tổ chức thực hiện" when the items themselves name no lead: each
    // duty becomes a task its body leads.
    const fromDuties = tasks.every((t) => t.lead.length === 0) ? dutyTasks(responsibilities) : [];
    if (fromDuties.length > 0) {
      tasks = [...tasks, ...fromDuties];
      warnings.push(
        `Các mục nhiệm vụ không ghi cơ quan chủ trì: ${fromDuties.length} việc giao cho ${responsibilities.length} cơ quan ở mục "Tổ chức thực hiện" đã được lập thành nhiệm vụ (số hiệu TCTH…). Hãy rà soát tên, cơ quan phối hợp và thời gian của các nhiệm vụ này.`,
      );
    }
    if (tasks.length === 0) warnings.push('Không tìm thấy nhiệm vụ nào có cơ quan chủ trì.');
    warnings.push(...coverageWarnings(coverage));
  }
  return withConfidence({
    document,
    basis,
    targets,
    tasks,
    reporting,
    events,
    responsibilities,
    coverage,
    warnings,
  });
}

// `lantoa plan parse FILE [--json]`: prints the extraction of a plan document.
// Exit codes: 0 parsed, 1 parsed with warnings, 2 unreadable (or bad usage).
import { type PlanExtract, PlanReadError, parsePlanFile } from '@lantoa/plan-parser';

const USAGE = 'Cách dùng: lantoa plan parse TỆP [--json] [--max-mb N] [--timeout-ms N]';

function summary(x: PlanExtract): string {
  const d = x.document;
  const lines: string[] = [];
  lines.push(
    `Văn bản: ${d.kind ?? '?'} số ${d.number ?? '(để trống)'} — ${d.issuer ?? '(không rõ cơ quan ban hành)'}`,
  );
  lines.push(`Nơi, ngày ban hành: ${d.place ?? '?'}, ${d.date ?? '?'}`);
  if (d.title) lines.push(`Trích yếu: ${d.title}`);
  if (d.signer) lines.push(`Người ký: ${d.signer.name}${d.signer.title ? ` (${d.signer.title})` : ''}`);
  lines.push('', `Căn cứ (${x.basis.length}):`);
  for (const b of x.basis)
    lines.push(`  - ${b.number}${b.date ? ` ngày ${b.date}` : ''}${b.issuer ? ` của ${b.issuer}` : ''}`);
  lines.push('', `Chỉ tiêu (${x.targets.length}):`);
  for (const t of x.targets) {
    const cmp = t.comparator === '>=' ? 'ít nhất ' : t.comparator === '<=' ? 'tối đa ' : '';
    lines.push(`  - ${t.year ?? '(chưa rõ năm)'}: ${cmp}${t.value}${t.unit} — ${t.text.slice(0, 100)}`);
  }
  lines.push('', `Nhiệm vụ (${x.tasks.length}):`);
  for (const t of x.tasks) {
    lines.push(`  ${t.ref}. ${t.title}`);
    lines.push(`      Chủ trì: ${t.lead.join('; ') || '(chưa rõ)'}`);
    if (t.partners.length) lines.push(`      Phối hợp: ${t.partners.join('; ')}`);
    if (t.timeframe) lines.push(`      Thời gian: ${t.timeframe.text}`);
  }
  if (x.reporting.length) {
    lines.push('', 'Chế độ báo cáo:');
    for (const r of x.reporting) {
      lines.push(
        `  - trước ngày ${r.day}/${r.month}${r.recurrence === 'yearly' ? ' hằng năm' : ''}: ${r.from ?? '?'} → ${r.to ?? '?'}`,
      );
    }
  }
  if (x.events.length) {
    lines.push('', 'Ngày sự kiện:');
    for (const e of x.events) lines.push(`  - ${e.day}/${e.month}: ${e.name}`);
  }
  if (x.responsibilities.length) {
    lines.push(
      '',
      `Tổ chức thực hiện (${x.responsibilities.length} cơ quan): ${x.responsibilities.map((r) => r.agency).join('; ')}`,
    );
  }
  if (x.warnings.length) {
    lines.push('', `Cảnh báo (${x.warnings.length}):`);
    for (const w of x.warnings) lines.push(`  ! ${w}`);
  }
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const opt = (name: string): number | undefined => {
    const i = args.indexOf(name);
    const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
    return Number.isFinite(v) && v > 0 ? v : undefined;
  };
  const maxMb = opt('--max-mb');
  const timeoutMs = opt('--timeout-ms');
  const valued = new Set(['--max-mb', '--timeout-ms']);
  const files = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (files.length !== 1 || args.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0] as string;
  try {
    const extract = await parsePlanFile(file, {
      ...(maxMb ? { maxBytes: maxMb * 1024 * 1024 } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    if (json) process.stdout.write(`${JSON.stringify(extract, null, 2)}\n`);
    else process.stdout.write(`${summary(extract)}\n`);
    return extract.warnings.length ? 1 : 0;
  } catch (e) {
    if (e instanceof PlanReadError) {
      console.error(`Lỗi: ${e.message}`);
      console.error(`[${e.code}] ${e.detail}`);
      if (json) process.stdout.write(`${JSON.stringify({ error: { code: e.code, message: e.message } })}\n`);
      return 2;
    }
    console.error(`Lỗi không mong đợi khi đọc "${file}": ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

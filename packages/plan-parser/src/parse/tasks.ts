// Tasks: the numbered / lettered items of the tasks section, or the rows of an appendix table.
import type { PlanTask } from '../types.ts';
import { splitBodies } from './bodies.ts';
import { fold, type Para } from './lines.ts';
import { bodyHeading, bodyNamePart, statedLead, subjectLead } from './subject-lead.ts';
import { parseTimeframe, trailingTimeframe, yearHeading } from './timeframe.ts';

type Kind = 'root' | 'num' | 'letter' | 'bullet';
type FieldName = 'lead' | 'partners' | 'time' | 'content';

interface Node {
  kind: Kind;
  level: number;
  ref: string;
  text: string;
  fields: Partial<Record<FieldName, string>>;
  groupLead?: string[];
  groupPartners?: string[];
  /** A heading that only names the years of the items below it ("1. Năm 2026", "b) Từ năm 2027"). */
  yearHeading?: boolean;
  /** The paragraphs it was read from: its own line, and the field and prose lines under it. */
  lines: number[];
  children: Node[];
}

const LABELS: [RegExp, FieldName][] = [
  [
    /^(?:co quan|don vi|co quan, don vi|co quan\/don vi|bo phan)?\s*(?:chu tri|thuc hien chinh)(?: thuc hien| tham muu)?$/,
    'lead',
  ],
  [/^(?:co quan|don vi)\s+(?:thuc hien|chiu trach nhiem)$/, 'lead'],
  [/^(?:trach nhiem thuc hien|phan cong thuc hien)$/, 'lead'],
  [/^(?:co quan|don vi|co quan, don vi|co quan\/don vi)?\s*phoi hop(?: thuc hien)?$/, 'partners'],
  [/^(?:thoi gian|thoi han|tien do)(?: thuc hien| hoan thanh| trien khai| to chuc)?$/, 'time'],
  [
    /^(?:noi dung|hinh thuc|doi tuong|thanh phan|san pham|ket qua|phuong thuc|dia diem|quy mo|yeu cau|muc tieu|giai phap|cach thuc)(?:\s+\S+){0,3}$/,
    'content',
  ],
];

export function fieldOf(label: string): FieldName | null {
  const f = fold(label).replace(/\s+/g, ' ').trim();
  for (const [re, name] of LABELS) if (re.test(f)) return name;
  return null;
}

const EMBEDDED =
  /(?:^|[\s(;.,])((?:Cơ quan|Đơn vị|cơ quan|đơn vị)?(?:,\s*đơn vị)?\s*(?:chủ trì|Chủ trì|phối hợp|Phối hợp)(?:\s+thực hiện)?|Thời gian(?:\s+thực hiện|\s+hoàn thành)?|thời gian(?:\s+thực hiện|\s+hoàn thành)?|Thời hạn|thời hạn|Tiến độ)\s*:/gu;

/** Splits "… Chủ trì: A; phối hợp: B; thời gian: C" into the text before and the labelled fields. */
function splitEmbedded(text: string): { before: string; fields: [FieldName, string][] } {
  const hits = [...text.matchAll(EMBEDDED)];
  if (!hits.length) return { before: text, fields: [] };
  const fields: [FieldName, string][] = [];
  const first = hits[0] as RegExpExecArray;
  const before = text.slice(0, (first.index ?? 0) + (first[0].length - first[0].trimStart().length)).trim();
  hits.forEach((h, k) => {
    const name = fieldOf(h[1] ?? '');
    const start = (h.index ?? 0) + h[0].length;
    const next = hits[k + 1];
    const end = next ? (next.index ?? text.length) + 1 : text.length;
    let value = text.slice(start, end).trim();
    value = value
      .replace(/[;,.]+$/, '')
      .replace(/\)$/, (c) => (value.includes('(') ? c : ''))
      .trim();
    if (name && value) fields.push([name, value]);
  });
  return { before: before.replace(/[(;,]+$/, '').trim(), fields };
}

interface Marker {
  kind: Kind;
  level: number;
  label: string;
  rest: string;
}

export function marker(text: string): Marker | null {
  let m = /^((?:\d{1,2}\.){0,3}\d{1,2})(?:[.)]\s*|\s+)(?=\S)(.*)$/u.exec(text);
  if (m && !/^\d{1,2}[/-]\d/.test(text)) {
    const label = m[1] ?? '';
    return { kind: 'num', level: label.split('.').length, label, rest: m[2] ?? '' };
  }
  m = /^([a-zđ])[).]\s+(.*)$/u.exec(text);
  if (m) return { kind: 'letter', level: 10, label: m[1] ?? '', rest: m[2] ?? '' };
  m = /^([-+•·–*])\s*(.*)$/u.exec(text);
  if (m) return { kind: 'bullet', level: m[1] === '+' ? 21 : 20, label: m[1] ?? '-', rest: m[2] ?? '' };
  return null;
}

const BODY_COLON =
  /^((?:Sở|UBND|Ủy ban|Ban|Phòng|Trung tâm|Văn phòng|Báo|Đài|Công an|Bộ|Hội|Đoàn|Liên đoàn|Mặt trận|Tỉnh đoàn|Các sở|Các cơ quan|Cơ quan)\s[^:]{2,100}):\s*(.*)$/u;

/** "Sở Giáo dục và Đào tạo chủ trì, phối hợp với … tổ chức thực hiện các nhiệm vụ:" */
function groupLead(text: string): { lead: string[]; partners: string[] } | null {
  if (
    !/:\s*$/.test(text) &&
    !/(?<![\p{L}\p{N}])(các nhiệm vụ|các nội dung|các hoạt động)\s+sau(?![\p{L}\p{N}])/u.test(text)
  )
    return null;
  const m =
    /^(?:Giao\s+|Đề nghị\s+)?(.+?)\s+(?:là cơ quan\s+)?chủ trì(?:,|\s)*(?:phối hợp\s+(?:với\s+)?(.+?)\s+(?=tổ chức|triển khai|thực hiện|tham mưu))?(?:tổ chức\s+|triển khai\s+|thực hiện\s+|tham mưu\s+)*(?:các|những)?\s*(?:nhiệm vụ|nội dung|hoạt động|việc)?[^:]{0,80}:?\s*$/u.exec(
      text,
    );
  if (!m) return null;
  const lead = splitBodies(m[1] ?? '');
  if (!lead.length || (m[1] ?? '').length > 150) return null;
  return { lead, partners: m[2] ? splitBodies(m[2]) : [] };
}

function firstSentence(text: string): string {
  const t = text.replace(/[:;.]+$/, '').trim();
  const m = /^(.{15,}?[^.\s]{2})\.\s+(?=\p{Lu})/u.exec(t);
  return (m ? (m[1] ?? '') : t).replace(/[:;.]+$/, '').trim();
}

function buildTree(paras: Para[], start: number, end: number, numeral: string): Node {
  const root: Node = { kind: 'root', level: 0, ref: numeral, text: '', fields: {}, lines: [], children: [] };
  const stack: Node[] = [root];
  const top = () => stack[stack.length - 1] as Node;
  for (let i = start; i < end; i++) {
    const p = paras[i] as Para;
    if (p.cells) continue;
    const mk = marker(p.text);
    const body = mk ? mk.rest.trim() : p.text.trim();
    // A labelled line ("1.3. Cơ quan chủ trì: …", "- Thời gian thực hiện: …") is a field of the
    // item above it, not an item of its own.
    const lab = /^([^:]{2,40}):\s*(.*)$/u.exec(body);
    const fname = lab ? fieldOf(lab[1] ?? '') : null;
    if (fname) {
      if (mk) while (stack.length > 1 && top().level >= mk.level && top().kind === mk.kind) stack.pop();
      if (mk?.kind === 'num') while (stack.length > 1 && top().level >= mk.level) stack.pop();
      const target = top();
      target.lines.push(i);
      const { fields } = splitEmbedded(body);
      const list: [FieldName, string][] = fields.length ? fields : [[fname, lab?.[2] ?? '']];
      for (const [name, value] of list) {
        if (name === 'content') {
          target.fields.content ??= value;
        } else if (!target.fields[name]) target.fields[name] = value;
        else target.fields[name] = `${target.fields[name]}; ${value}`;
      }
      continue;
    }
    if (!mk) {
      // Prose under an item: it may still carry "(Chủ trì: …)", or say who leads in words ("Giao
      // Ủy ban nhân dân các xã, phường chủ trì thực hiện").
      const t = top();
      t.lines.push(i);
      const { before, fields } = splitEmbedded(body);
      for (const [name, value] of fields) if (name !== 'content') t.fields[name] ??= value;
      const stated = t !== root && !t.fields.lead ? statedLead(before) : null;
      if (stated) {
        t.fields.lead = stated.lead.join('; ');
        if (stated.partners.length) t.fields.partners ??= stated.partners.join('; ');
        continue;
      }
      if (!t.text && t !== root) t.text = body;
      continue;
    }
    while (stack.length > 1 && top().level >= mk.level) stack.pop();
    const parent = top();
    const siblings = parent.children.filter((c) => c.kind === mk.kind).length;
    const ref =
      mk.kind === 'num'
        ? `${numeral}.${mk.label}`
        : mk.kind === 'letter'
          ? `${parent.ref}.${mk.label}`
          : `${parent.ref}.${siblings + 1}`;
    // "… (Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ; thời gian: Quý I/2026)":
    // who leads, said in words inside a parenthesis.
    const aside = /\s*\(([^()]*(?<![\p{L}\p{N}])chủ trì(?![\p{L}\p{N}])[^()]*)\)/u.exec(body);
    const said = aside ? statedLead((aside[1] ?? '').split(/;\s*/u)[0] ?? '') : null;
    const { before, fields } = splitEmbedded(
      said && aside ? `${body.slice(0, aside.index)}${body.slice(aside.index + aside[0].length)}` : body,
    );
    const node: Node = {
      kind: mk.kind,
      level: mk.level,
      ref,
      text: before,
      fields: {},
      lines: [i],
      children: [],
    };
    for (const [name, value] of fields) node.fields[name] ??= value;
    if (said && aside) {
      node.fields.lead ??= said.lead.join('; ');
      if (said.partners.length) node.fields.partners ??= said.partners.join('; ');
      const rest = /;\s*(.*)$/u.exec(aside[1] ?? '');
      for (const [name, value] of rest ? splitEmbedded(`; ${rest[1]}`).fields : [])
        node.fields[name] ??= value;
    }
    const trailing = trailingTimeframe(before);
    if (trailing && !node.fields.time) {
      node.text = trailing.text;
      node.fields.time = trailing.time;
    }
    if (yearHeading(before) !== null) {
      node.yearHeading = true;
      node.fields.time ??= before.replace(/[:.]$/, '').trim();
    }
    // "Sở Giáo dục và Đào tạo: Đưa nội dung …": the body before the colon leads the item.
    const owner = BODY_COLON.exec(before);
    const ownerName = owner && !fieldOf(owner[1] ?? '') ? bodyNamePart(owner[1] ?? '') : null;
    if (ownerName && owner?.[2] && !node.fields.lead) {
      node.fields.lead = ownerName;
      node.text = owner[2];
    }
    const g = groupLead(before);
    if (g) {
      node.groupLead = g.lead;
      node.groupPartners = g.partners;
    } else if (ownerName && !owner?.[2] && !node.fields.lead) {
      // "Sở Khoa học và Công nghệ có trách nhiệm:" with nothing after the colon leads the items below.
      node.groupLead = splitBodies(ownerName);
    } else if (!node.fields.lead) {
      const bodies = bodyHeading(before);
      if (bodies) node.groupLead = bodies;
    }
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

interface Inherit {
  lead: string[];
  partners: string[];
  time: string | null;
}

function hasLeadBelow(n: Node): boolean {
  return n.children.some((c) => Boolean(c.fields.lead || c.groupLead) || hasLeadBelow(c));
}

export interface TasksResult {
  tasks: PlanTask[];
  warnings: string[];
  /** The paragraphs the tasks were read from (for the coverage of the reading). */
  read: number[];
}

/** A walk of the tree: what it yields, and the items that became tasks. */
interface Walk extends TasksResult {
  emitted: Set<Node>;
}

function emit(n: Node, inh: Inherit, out: Walk): void {
  const titleSource = n.text || n.fields.content || '';
  // No lead in a field nor from above: the body the item's sentence is about leads it.
  const subject = !n.fields.lead && !inh.lead.length ? subjectLead(titleSource) : null;
  const lead = n.fields.lead ? splitBodies(n.fields.lead) : (subject?.lead ?? inh.lead);
  const partners = n.fields.partners
    ? splitBodies(n.fields.partners)
    : subject?.partners.length
      ? subject.partners
      : inh.partners;
  const time = n.fields.time ?? inh.time;
  const title = firstSentence(titleSource);
  if (!title) return;
  out.tasks.push({ ref: n.ref, title, lead, partners, timeframe: time ? parseTimeframe(time) : null });
  out.emitted.add(n);
  if (!lead.length) out.warnings.push(`Nhiệm vụ ${n.ref} chưa rõ cơ quan chủ trì: "${title.slice(0, 80)}"`);
}

function visit(n: Node, inh: Inherit, out: Walk): void {
  const here: Inherit = {
    lead: n.groupLead ?? (n.fields.lead ? splitBodies(n.fields.lead) : inh.lead),
    partners: n.groupLead
      ? (n.groupPartners ?? [])
      : n.fields.partners
        ? splitBodies(n.fields.partners)
        : inh.partners,
    time: n.fields.time ?? inh.time,
  };
  if (n.yearHeading) {
    for (const c of n.children) visit(c, here, out);
    return;
  }
  if (n.groupLead && n.children.length) {
    for (const c of n.children) visit(c, here, out);
    return;
  }
  const items = n.children.filter((c) => c.kind !== 'bullet');
  const bullets = n.children.filter((c) => c.kind === 'bullet');
  const givenHere = Boolean(n.fields.lead);
  if (items.length && (hasLeadBelow(n) || (givenHere && n.kind !== 'root'))) {
    for (const c of items) visit(c, here, out);
    for (const c of bullets) if (hasLeadBelow(c) || c.fields.lead || c.groupLead) visit(c, here, out);
    return;
  }
  if (!givenHere && bullets.some((c) => c.fields.lead || c.groupLead || hasLeadBelow(c))) {
    for (const c of bullets) visit(c, here, out);
    return;
  }
  if (n.kind === 'root') {
    for (const c of items.length ? items : []) visit(c, here, out);
    return;
  }
  if (here.lead.length || n.kind !== 'bullet' || inh.lead.length) {
    emit(n, inh, out);
    return;
  }
}

/** Every line of an item and of the items below it. */
function allLines(n: Node, into: number[]): void {
  into.push(...n.lines);
  for (const c of n.children) allLines(c, into);
}

/**
 * The lines that became part of a task: an item that did, with what is written under it (its
 * details), and the headings above it (they gave it its lead, time or place in the numbering).
 * Whether anything below `n` became a task.
 */
function readLines(n: Node, emitted: Set<Node>, into: number[]): boolean {
  if (emitted.has(n)) {
    allLines(n, into);
    return true;
  }
  let below = false;
  for (const c of n.children) if (readLines(c, emitted, into)) below = true;
  if (below) into.push(...n.lines);
  return below;
}

export function parseTaskSection(paras: Para[], start: number, end: number, numeral: string): TasksResult {
  const root = buildTree(paras, start, end, numeral);
  const walk: Walk = { tasks: [], warnings: [], read: [], emitted: new Set() };
  visit(root, { lead: [], partners: [], time: null }, walk);
  readLines(root, walk.emitted, walk.read);
  return { tasks: walk.tasks, warnings: walk.warnings, read: walk.read };
}

// ---------------------------------------------------------------------------------------------
// Appendix table: TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian

interface Columns {
  ref: number;
  title: number;
  lead: number;
  partners: number;
  time: number;
}

/**
 * A heading (folded) naming the column of the bodies that lead: "Cơ quan chủ trì", or, in a table with
 * no such column, the body that does the work ("Đơn vị thực hiện", "Trách nhiệm thực hiện").
 */
const LEAD_HEADING = /chu tri|thuc hien chinh/;
const DOER_HEADING =
  /^(?:co quan|don vi|co quan, don vi|bo phan|trach nhiem).{0,20}(?:thuc hien|chiu trach nhiem)$|^trach nhiem$|^phan cong$/;

/** Whether a table heading names the bodies that lead its rows (the PDF reader's test of a header). */
export const namesLeadColumn = (heading: string): boolean => {
  const f = fold(heading).replace(/\s+/g, ' ').trim();
  return LEAD_HEADING.test(f) || DOER_HEADING.test(f);
};

function headerColumns(cells: string[]): Columns | null {
  const f = cells.map((c) => fold(c).replace(/\s+/g, ' ').trim());
  const find = (re: RegExp, not = -1) => f.findIndex((c, i) => i !== not && re.test(c));
  const chief = find(LEAD_HEADING);
  const lead = chief >= 0 ? chief : find(DOER_HEADING);
  if (lead < 0) return null;
  const title = f.findIndex(
    (c, i) =>
      i !== lead && /nhiem vu|noi dung|ten|hoat dong|cong viec/.test(c) && !/phoi hop|chu tri/.test(c),
  );
  if (title < 0) return null;
  return {
    ref: find(/^(s?tt|so tt|stt|so thu tu)\.?$/),
    title,
    lead,
    partners: find(/phoi hop/),
    time: find(/thoi gian|thoi han|tien do/),
  };
}

const ROMAN_REF = /^[IVX]+\.?$/u;

export function parseTaskTables(paras: Para[]): TasksResult | null {
  const out: TasksResult = { tasks: [], warnings: [], read: [] };
  let found = false;
  for (let i = 0; i < paras.length; i++) {
    const head = (paras[i] as Para).cells;
    const cols = head ? headerColumns(head) : null;
    if (!cols) continue;
    found = true;
    let group = '';
    let groupLeadBodies: string[] = [];
    let j = i + 1;
    for (; j < paras.length; j++) {
      const cells = (paras[j] as Para).cells;
      if (!cells) break;
      if (headerColumns(cells)) break;
      const cell = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
      const ref = cell(cols.ref).replace(/\.$/, '');
      const title = cell(cols.title);
      const leadText = cell(cols.lead);
      // Rows of column numbers "(1) (2) (3)" under the header.
      if (/^\(?\d+\)?$/.test(title) && /^\(?\d*\)?$/.test(leadText)) continue;
      if (!title) continue;
      const isGroup = ROMAN_REF.test(ref) || /^[A-Z]$/.test(ref) || (!ref && !leadText);
      if (isGroup) {
        group = ref;
        groupLeadBodies = leadText ? splitBodies(leadText) : [];
        continue;
      }
      const lead = leadText ? splitBodies(leadText) : groupLeadBodies;
      const task: PlanTask = {
        ref: group && ref ? `${group}.${ref}` : ref || String(out.tasks.length + 1),
        title: firstSentence(title.split(/;\s+/)[0] ?? title),
        lead,
        partners: splitBodies(cell(cols.partners)),
        timeframe: cell(cols.time) ? parseTimeframe(cell(cols.time)) : null,
      };
      out.tasks.push(task);
      out.read.push(j);
      if (!lead.length) out.warnings.push(`Nhiệm vụ ${task.ref} (phụ lục) chưa rõ cơ quan chủ trì`);
    }
    i = j - 1;
  }
  return found && out.tasks.length ? out : null;
}

/**
 * Tables that look like a list of work (a column of tasks or contents, rows under it) but name no
 * body that leads them, so none of their rows became a task: a warning each, naming the table by its
 * headings, for the reviewer to add the work by hand.
 */
export function unreadTaskTables(paras: Para[]): string[] {
  const warnings: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const cells = (paras[i] as Para).cells;
    if (!cells || headerColumns(cells)) continue;
    const headings = cells.map((c) => fold(c));
    if (!headings.some((h) => /^(?:ten |noi dung|nhiem vu|hoat dong|cong viec)/.test(h))) continue;
    let rows = 0;
    while ((paras[i + rows + 1] as Para | undefined)?.cells) rows++;
    if (rows > 0) {
      const named = cells.filter(Boolean).join(' | ');
      warnings.push(
        `Bảng "${named.slice(0, 120)}" (${rows} dòng) có vẻ là danh mục nhiệm vụ nhưng không có cột cơ quan chủ trì, nên các dòng chưa thành nhiệm vụ. Hãy thêm các nhiệm vụ này khi rà soát.`,
      );
    }
    i += rows;
  }
  return warnings;
}

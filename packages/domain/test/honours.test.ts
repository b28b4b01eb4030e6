import { describe, expect, it } from 'vitest';
import {
  achievementClauses,
  decidingPathOf,
  defaultCitation,
  draftAchievements,
  emptyEvidence,
  evidenceDay,
  formatCount,
  HONOUR_FORM_NAMES,
  HONOUR_FORMS,
  honourCertificateNo,
  honourSignerTitle,
  isNominationDecided,
  NOMINATION_STATUS_NAMES,
  NOMINATION_STATUSES,
  type NominationEvidence,
} from '../src/honours/honours.ts';

const evidence = (over: Partial<NominationEvidence> = {}): NominationEvidence => ({
  ...emptyEvidence(2026, '2026-11-20'),
  tasks: { total: 12, counts: { done_on_time: 9, done_late: 1, in_progress: 2, overdue: 1 } },
  outputs: { total: 1250, aboutLocal: 8, public: 3 },
  courses: { trainings: 2, briefings: 1 },
  people: { counted: 60, trained: 4, informed: 38 },
  events: { held: 1 },
  broadcast: { stations: 1, airings: 120, listenersReached: 3200, listeners: 4000 },
  ...over,
});

describe('the evidence of a nomination', () => {
  it('is read today within the year, on its last day after it, and not at all before it', () => {
    expect(evidenceDay(2026, '2026-11-20')).toBe('2026-11-20');
    expect(evidenceDay(2025, '2026-11-20')).toBe('2025-12-31');
    expect(evidenceDay(2027, '2026-11-20')).toBeNull();
    expect(evidenceDay(2026, '2026-01-01')).toBe('2026-01-01');
  });

  it('drafts a body’s paragraph from the figures, with Vietnamese separators, leaving out zeros and overdue work', () => {
    const text = draftAchievements({ bodyName: 'Xã Hòa An' }, evidence());
    expect(text).toBe(
      'Năm 2026, Xã Hòa An đã tích cực triển khai công tác truyền thông về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết số 57-NQ/TW: ' +
        'có 12 lượt việc được giao trong kế hoạch đến hạn trong năm, trong đó 9 lượt hoàn thành đúng hạn, 1 lượt hoàn thành quá hạn và 2 lượt đang thực hiện trong hạn; ' +
        'đăng tải 1.250 tin, bài, sản phẩm truyền thông (8 tin, bài về hoạt động của địa phương); ' +
        'tổ chức 2 lớp tập huấn, bồi dưỡng và 1 hội nghị quán triệt, phổ biến; ' +
        'có 4 người được tập huấn và 38 người được quán triệt, phổ biến trong năm; ' +
        'tổ chức 1 sự kiện; phát 120 lượt bản tin trên hệ thống truyền thanh, đến với 3.200 người nghe.',
    );
    expect(text.normalize('NFC')).toBe(text);
    expect(text).not.toContain('quá hạn chưa');
  });

  it('names a person with their title and body, and asks for achievements when the records hold none', () => {
    const person = draftAchievements(
      { bodyName: 'Xã Hòa An', personName: 'Hoàng Thị Lan', personTitle: 'Công chức Văn hóa - Xã hội' },
      evidence({ outputs: { total: 0, aboutLocal: 0, public: 0 } }),
    );
    expect(person).toMatch(
      /^Năm 2026, đồng chí Hoàng Thị Lan, Công chức Văn hóa - Xã hội, Xã Hòa An đã tích cực tham gia/,
    );
    expect(person).not.toContain('đăng tải');
    const none = draftAchievements({ bodyName: 'Xã Hòa An' }, emptyEvidence(2025, '2025-12-31'));
    expect(none).toContain('Năm 2025, Xã Hòa An');
    expect(none).toContain('hãy ghi các thành tích cụ thể');
    expect(achievementClauses(emptyEvidence(2025, '2025-12-31'))).toEqual([]);
  });

  it('writes counts the Vietnamese way', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(0)).toBe('0');
  });
});

describe('who decides and what the certificate says', () => {
  it('is the body above the nominating one; nobody above the root', () => {
    expect(decidingPathOf('/vn/tq/hoa-an/')).toBe('/vn/tq/');
    expect(decidingPathOf('/vn/tq/')).toBe('/vn/');
    expect(decidingPathOf('/vn/')).toBeNull();
  });

  it('closes a decided nomination', () => {
    expect(isNominationDecided('submitted')).toBe(false);
    expect(isNominationDecided('approved')).toBe(true);
    expect(isNominationDecided('rejected')).toBe(true);
  });

  it('numbers certificates by year on six digits and names the signer by the deciding body', () => {
    expect(honourCertificateNo(2026, 12)).toBe('GK-2026-000012');
    expect(honourSignerTitle('province')).toBe('CHỦ TỊCH');
    expect(honourSignerTitle('commune')).toBe('CHỦ TỊCH');
    expect(honourSignerTitle('department')).toBe('GIÁM ĐỐC');
    expect(honourSignerTitle('school')).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    expect(defaultCitation(2025)).toBe(
      'Đã có thành tích xuất sắc trong công tác truyền thông về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025',
    );
  });

  it('names every form and status', () => {
    expect(Object.keys(HONOUR_FORM_NAMES)).toEqual([...HONOUR_FORMS]);
    expect(Object.keys(NOMINATION_STATUS_NAMES)).toEqual([...NOMINATION_STATUSES]);
  });
});

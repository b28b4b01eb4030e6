import { describe, expect, it } from 'vitest';
import { standardCommuneBodies } from '../src/bodies/body-catalogue.ts';
import { childPlanTitle, childTaskTitle, localCounterpart } from '../src/index.ts';

const offices = standardCommuneBodies('Xã Hòa An').map((e, k) => ({ id: String(k), name: e.name }));
const office = (names: string[]) => localCounterpart(names, offices)?.name ?? null;

describe('a commune’s own office for the work of a body above it', () => {
  it('finds the office that does the same kind of work', () => {
    expect(office(['Sở Văn hóa, Thể thao và Du lịch'])).toBe('Phòng Văn hóa - Xã hội');
    expect(office(['Sở Khoa học và Công nghệ'])).toBe('Phòng Văn hóa - Xã hội');
    expect(office(['Sở Tài chính'])).toBe('Phòng Kinh tế');
    expect(office(['Báo và Phát thanh, Truyền hình Tuyên Quang'])).toBe('Đài Truyền thanh xã Hòa An');
    expect(office(['Tỉnh đoàn Tuyên Quang'])).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An');
    expect(office(['Sở Nội vụ'])).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Hòa An');
  });

  it('takes the first name that has one, and none when no office does that work', () => {
    expect(office(['Thanh tra tỉnh', 'Sở Y tế'])).toBe('Phòng Văn hóa - Xã hội');
    expect(office(['Thanh tra tỉnh'])).toBeNull();
    expect(localCounterpart(['Sở Văn hóa, Thể thao và Du lịch'], [])).toBeNull();
  });
});

describe('the parent’s words re-scoped to the body', () => {
  it('keeps the work the body leads, and says its part where it took part', () => {
    expect(childTaskTitle('Tổ chức hội nghị quán triệt', 'lead')).toBe('Tổ chức hội nghị quán triệt');
    expect(childTaskTitle('Tổ chức hội nghị quán triệt', 'partner')).toBe(
      'Phối hợp thực hiện: tổ chức hội nghị quán triệt',
    );
  });

  it('moves the title’s place to the body, or adds it', () => {
    expect(
      childPlanTitle(
        'Truyền thông về Nghị quyết số 57-NQ/TW trên địa bàn tỉnh Tuyên Quang năm 2026',
        'Xã Hòa An',
      ),
    ).toBe('Truyền thông về Nghị quyết số 57-NQ/TW trên địa bàn xã Hòa An năm 2026');
    expect(childPlanTitle('Truyền thông về chuyển đổi số năm 2026', 'Phường Minh Xuân')).toBe(
      'Truyền thông về chuyển đổi số năm 2026 trên địa bàn phường Minh Xuân',
    );
  });
});

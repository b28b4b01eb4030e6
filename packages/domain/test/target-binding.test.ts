import { describe, expect, it } from 'vitest';
import { proposeAudienceBinding } from '../src/training/target-binding.ts';
import { digitalTeamName, villageKey } from '../src/training/villages.ts';

describe('proposeAudienceBinding', () => {
  it('reads the sample plans’ training and briefing targets', () => {
    expect(
      proposeAudienceBinding('80% thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn'),
    ).toEqual({ kind: 'audience_trained', audience: 'digital_team' });
    expect(
      proposeAudienceBinding(
        'Phấn đấu ít nhất 70% cán bộ chuyên trách làm công tác truyền thông của các cơ quan được đào tạo',
      ),
    ).toEqual({ kind: 'audience_trained', audience: 'communication_staff' });
    expect(
      proposeAudienceBinding(
        '100% cán bộ, công chức, viên chức được phổ biến, quán triệt Nghị quyết 57-NQ/TW',
      ),
    ).toEqual({ kind: 'audience_informed', audience: 'officials' });
    expect(proposeAudienceBinding('100% đảng viên được quán triệt')).toEqual({
      kind: 'audience_informed',
      audience: 'party_members',
    });
  });

  it('reads a commune’s "officers in charge of communication" as communication staff, not officials', () => {
    expect(
      proposeAudienceBinding(
        '100% cán bộ phụ trách truyền thông và viên chức vận hành hệ thống thông tin xã được bồi dưỡng kỹ năng truyền thông số',
      ),
    ).toEqual({ kind: 'audience_trained', audience: 'communication_staff' });
  });

  it('takes the people from the subject, not from what they learn', () => {
    expect(
      proposeAudienceBinding(
        'Ít nhất 70% cán bộ, công chức chuyên trách làm công tác truyền thông được đào tạo về kỹ năng vận hành hệ thống thông tin cơ sở',
      ),
    ).toEqual({ kind: 'audience_trained', audience: 'communication_staff' });
    expect(
      proposeAudienceBinding(
        'Ít nhất 70% cán bộ, công chức, viên chức chuyên trách làm công tác truyền thông, cán bộ làm công tác thông tin cơ sở tại các cơ quan, đơn vị, địa phương được đào tạo chuyên sâu',
      ),
    ).toEqual({ kind: 'audience_trained', audience: 'communication_staff' });
    expect(proposeAudienceBinding('Tập huấn cho 80% thành viên Tổ công nghệ số cộng đồng')).toEqual({
      kind: 'audience_trained',
      audience: 'digital_team',
    });
  });

  it('ignores tone placement, case and punctuation', () => {
    expect(proposeAudienceBinding('CÁN BỘ THÔNG TIN CƠ SỞ ĐƯỢC TẬP HUẤN (100%)')).toEqual({
      kind: 'audience_trained',
      audience: 'grassroots_info_staff',
    });
    expect(proposeAudienceBinding('hoc sinh duoc pho bien kien thuc')).toEqual({
      kind: 'audience_informed',
      audience: 'students',
    });
  });

  it('counts the trained when a target speaks of both', () => {
    expect(proposeAudienceBinding('Người dân được phổ biến và tập huấn kỹ năng số')?.kind).toBe(
      'audience_trained',
    );
  });

  it('proposes nothing for targets the records cannot measure', () => {
    expect(proposeAudienceBinding('100% cơ quan báo chí xây dựng chuyên trang, chuyên mục')).toBeNull();
    expect(proposeAudienceBinding('Tối thiểu 2 dự án được đặt hàng')).toBeNull();
    expect(proposeAudienceBinding('Được đào tạo')).toBeNull();
  });
});

describe('villages and their digital teams', () => {
  it('tells villages apart by their folded name, without the word for village', () => {
    expect(villageKey('Thôn Nà Mạ')).toBe(villageKey('thon na ma'));
    expect(villageKey('Tổ dân phố 3')).toBe(villageKey('3'));
    expect(villageKey('Thôn Nà Mạ')).not.toBe(villageKey('Thôn Nà Mè'));
  });

  it('names a village’s team as communes write it', () => {
    expect(digitalTeamName('Thôn Đồng Tâm')).toBe('Tổ công nghệ số cộng đồng thôn Đồng Tâm');
    expect(digitalTeamName('Tổ dân phố 3')).toBe('Tổ công nghệ số cộng đồng tổ dân phố 3');
  });
});

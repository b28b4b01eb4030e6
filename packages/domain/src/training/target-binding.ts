import { foldVietnamese } from '../text/vietnamese.ts';
import type { Audience } from './audiences.ts';

/** A target the training and briefing records can measure: its kind and the audience it counts. */
export interface AudienceBinding {
  kind: 'audience_trained' | 'audience_informed';
  audience: Audience;
}

// What the plans write, folded. A target is "trained" when it speaks of training (đào tạo, bồi
// dưỡng, tập huấn) and "informed" when it speaks of briefing (quán triệt, phổ biến, được thông tin);
// training wins when both appear ("được phổ biến và tập huấn" counts the trained).
const TRAINED = /\b(dao tao|boi duong|tap huan)\b/;
const INFORMED = /\b(quan triet|pho bien|duoc thong tin|nam bat|nam duoc)\b/;

// The audiences a target can name. The specific ones first; officials and citizens only when no
// specific one is named (a communication officer is also an official, a team member a citizen).
const SPECIFIC_AUDIENCE_WORDS: [Audience, RegExp][] = [
  ['digital_team', /\bto (cong nghe so|cns|cntt|chuyen doi so) cong dong\b/],
  ['grassroots_info_staff', /\b(thong tin co so|truyen thanh co so|dai truyen thanh)\b/],
  [
    'communication_staff',
    /\b(cong tac truyen thong|can bo truyen thong|phu trach truyen thong|lam truyen thong|phong vien|bao chi)\b/,
  ],
  ['party_members', /\bdang vien\b/],
  ['students', /\b(hoc sinh|sinh vien)\b/],
];
const GENERAL_AUDIENCE_WORDS: [Audience, RegExp][] = [
  ['officials', /\b(can bo|cong chuc|vien chuc)\b/],
  ['citizens', /\b(nguoi dan|nhan dan|cong dong dan cu)\b/],
];

/**
 * The computed indicator a target's wording asks for, if the training and briefing records can
 * measure it: "80% thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn" → the digital
 * team trained; "100% cán bộ, công chức … được phổ biến, quán triệt" → officials informed. Null when
 * the target is about something else: the coordinator confirms a proposal, never the reader alone.
 */
export function proposeAudienceBinding(targetText: string): AudienceBinding | null {
  const text = foldVietnamese(targetText).replace(/[^\p{L}\p{N}%]+/gu, ' ');
  const verb = TRAINED.exec(text) ?? INFORMED.exec(text);
  if (!verb) return null;
  const kind = TRAINED.test(text) ? 'audience_trained' : 'audience_informed';
  // The people are the target's subject, before its verb ("70% cán bộ … làm công tác truyền thông
  // được đào tạo … , hệ thống thông tin cơ sở"): what follows the verb is what they learn. A target
  // written verb first ("Tập huấn cho 80% thành viên…") names them after it.
  const subject = text.slice(0, TRAINED.exec(text)?.index ?? verb.index);
  // Of the specific audiences named, the first named ("cán bộ … làm công tác truyền thông, cán bộ
  // làm công tác thông tin cơ sở" is measured on the communication staff).
  const find = (part: string) => {
    const named = SPECIFIC_AUDIENCE_WORDS.map(([audience, words]) => ({ audience, at: part.search(words) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at);
    return named[0]?.audience ?? GENERAL_AUDIENCE_WORDS.find(([, words]) => words.test(part))?.[0];
  };
  const audience = find(subject) ?? find(text);
  return audience ? { kind, audience } : null;
}

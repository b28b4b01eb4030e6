// The words around "a/b" that tell a date ("ngày 12/12") from a count ("12/12 thôn"), a fraction
// ("1/2 số thôn") or a number ("lớp 6/1"). Data only; the rule is in slashes.ts. All lower case: the
// rule compares lower-cased text.

/**
 * Things counted: "12/12 thôn" is "mười hai trên mười hai thôn", twelve villages out of twelve.
 * Only when a ≤ b: a share never exceeds its whole, and "18/5 người …" is more likely a date.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'thôn',
  'bản',
  'làng',
  'xóm',
  'ấp',
  'tổ',
  'tổ dân phố',
  'khu phố',
  'xã',
  'phường',
  'thị trấn',
  'huyện',
  'tỉnh',
  'hộ',
  'hộ gia đình',
  'người',
  'lượt',
  'đơn vị',
  'cơ quan',
  'sở',
  'ngành',
  'trường',
  'trường học',
  'lớp',
  'học sinh',
  'học viên',
  'cán bộ',
  'công chức',
  'viên chức',
  'đảng viên',
  'đoàn viên',
  'hội viên',
  'thành viên',
  'chi bộ',
  'doanh nghiệp',
  'hợp tác xã',
  'chỉ tiêu',
  'nhiệm vụ',
  'hồ sơ',
  'thủ tục',
  'dịch vụ',
  'cụm loa',
  'loa',
  'trạm',
  'đài',
  'điểm',
  'câu',
  'buổi',
  'cuộc',
  'hội nghị',
  'lớp học',
  'mô hình',
  'tin',
  'bài',
];

/** "1/2 số thôn", "3/4 diện tích": a fraction of something ("một phần hai", "ba phần tư"). */
export const FRACTION_NOUNS: readonly string[] = [
  'số',
  'dân số',
  'diện tích',
  'tổng',
  'tổng số',
  'thời gian',
  'kinh phí',
  'khối lượng',
];

/** Words before "a/b" that make it a date whatever follows: "ngày 12/12 thôn … họp". */
export const DATE_CUES: readonly string[] = [
  'ngày',
  'hôm',
  'mồng',
  'mùng',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'hạn',
  'thứ hai',
  'thứ ba',
  'thứ tư',
  'thứ năm',
  'thứ sáu',
  'thứ bảy',
  'chủ nhật',
];

/** Words before "a/b" that make it a number with a slash, read "trên": "lớp 6/1", "số nhà 12/3". */
export const NUMBERING_CUES: readonly string[] = [
  'lớp',
  'số nhà',
  'nhà số',
  'nhà',
  'phòng',
  'ngõ',
  'ngách',
  'hẻm',
  'kiệt',
  'căn hộ',
  'lô',
];

/** Words before "a/b" that make it a share: "đạt 12/12", "tỷ lệ 45/60". */
export const SHARE_CUES: readonly string[] = ['đạt', 'tỷ lệ', 'tỉ lệ', 'hoàn thành'];

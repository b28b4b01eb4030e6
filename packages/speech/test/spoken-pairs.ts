// Written → spoken: what normaliseForSpeech must say for sentences of real bulletins and plans,
// checked pair by pair by spoken-pairs.test.ts, which prints the share right. Each group names where
// its sentences come from. Every spoken side was checked, one by one, against how an announcer reads
// the line aloud: a pair that fails is a wrong reading, not a stale table.
//
// Conventions the table holds the normaliser to (issue 20):
// - a document symbol is its number, its codes spelled with Vietnamese letter names, separators
//   unsaid, a year after "năm": "57-NQ/TW" → "năm mươi bảy en quờ tê vê";
// - days 1–10 of a date take "mồng"; a slash after an amount is "một" (per); "a/b" is a date, a
//   count ("trên"), a fraction ("phần") or a numbered thing ("lớp 6/1") by the words around it;
// - foreign names and web addresses are said in Vietnamese syllables, never left to espeak-ng's
//   English voice.
//
// Left out as ambiguous (no single right reading without knowing the document): "TT HĐND xã" (TT is
// "Thường trực" there, "thông tư" or "thị trấn" elsewhere); "Lưu: VT" ("văn thư" in a signature
// block, "vật tư" elsewhere); "24/7" (a date, or "every day"); a bare "1/2" (a date, or a half).

export interface SpokenGroup {
  readonly source: string;
  readonly pairs: readonly (readonly [written: string, spoken: string])[];
}

export const SPOKEN_GROUPS: readonly SpokenGroup[] = [
  {
    source: "Issue 20, the clerk's review: the readings found wrong, as written in bulletins",
    pairs: [
      ['Tổ CNSCĐ', 'Tổ công nghệ số cộng đồng'],
      [
        'Bà con liên hệ Tổ CNSCĐ ở thôn để đăng ký.',
        'Bà con liên hệ Tổ công nghệ số cộng đồng ở thôn để đăng ký.',
      ],
      ['2.000.000 đồng/tổ/năm', 'hai triệu đồng một tổ một năm'],
      [
        'Hỗ trợ 2.000.000 đồng/tổ/năm cho Tổ công nghệ số cộng đồng.',
        'Hỗ trợ hai triệu đồng một tổ một năm cho Tổ công nghệ số cộng đồng.',
      ],
      ['45 triệu đồng/người/năm', 'bốn mươi lăm triệu đồng một người một năm'],
      ['500.000đ/hộ', 'năm trăm nghìn đồng một hộ'],
      ['15.000đ/kg', 'mười lăm nghìn đồng một ki lô gam'],
      ['60 tạ/ha', 'sáu mươi tạ một héc ta'],
      ['Đ/c Nguyễn Văn Nam', 'đồng chí Nguyễn Văn Nam'],
      ['đ/c Nguyễn Văn Nam', 'đồng chí Nguyễn Văn Nam'],
      ['12/12 thôn', 'mười hai trên mười hai thôn'],
      [
        'Đến nay 12/12 thôn đã có Tổ công nghệ số cộng đồng.',
        'Đến nay mười hai trên mười hai thôn đã có Tổ công nghệ số cộng đồng.',
      ],
      ['1/2 số thôn', 'một phần hai số thôn'],
      ['3/4 số hộ', 'ba phần tư số hộ'],
      ['lớp 6/1', 'lớp sáu trên một'],
      ['số nhà 12/3', 'số nhà mười hai trên ba'],
      ['ngày 12/12', 'ngày mười hai tháng mười hai'],
      ['Ngày 12/12 thôn Đồng Tâm họp.', 'Ngày mười hai tháng mười hai thôn Đồng Tâm họp.'],
      ['≥80%', 'từ tám mươi phần trăm trở lên'],
      ['≤5%', 'từ năm phần trăm trở xuống'],
      ['> 50%', 'trên năm mươi phần trăm'],
      ['< 18 tuổi', 'dưới mười tám tuổi'],
      ['7h30-11h00', 'bảy giờ ba mươi phút đến mười một giờ'],
      ['13h30 - 17h00', 'mười ba giờ ba mươi phút đến mười bảy giờ'],
      [
        'Sáng từ 7h30-11h00, chiều từ 13h30 - 17h00.',
        'Sáng từ bảy giờ ba mươi phút đến mười một giờ, chiều từ mười ba giờ ba mươi phút đến mười bảy giờ.',
      ],
      ['VNeID', 'vê en e ai đi'],
      ['ứng dụng VNeID', 'ứng dụng vê en e ai đi'],
      ['mã QR', 'mã cu a'],
      ['Quét mã QR để cài đặt ứng dụng VNeID.', 'Quét mã cu a để cài đặt ứng dụng vê en e ai đi.'],
      ['NQ57', 'nghị quyết năm mươi bảy'],
      ['Nghị quyết 57 NQ/TW', 'Nghị quyết năm mươi bảy en quờ tê vê'],
      ['và/hoặc', 'và hoặc'],
      ['5G', 'năm giê'],
      ['4G', 'bốn giê'],
      ['SĐT', 'số điện thoại'],
      ['ĐT', 'điện thoại'],
      ['DVC', 'dịch vụ công'],
      ['DVCQG', 'dịch vụ công quốc gia'],
      ['Zalo OA', 'da lô ô a'],
      ['hoaan.tuyenquang.gov.vn', 'hoa an chấm tuyên quang chấm gov chấm vê en'],
      ['https://dichvucong.gov.vn', 'dịch vụ công chấm gov chấm vê en'],
      ['57-NQ/TW', 'năm mươi bảy en quờ tê vê'],
      ['178/KH-UBND', 'một trăm bảy mươi tám ca hát u bê en dê'],
      ['ngày 1/6', 'ngày mồng một tháng sáu'],
    ],
  },
  {
    source: "Issue 20, the clerk's review: the same forms in other bulletin sentences",
    pairs: [
      [
        'Mức hỗ trợ 45 triệu đồng/người/năm đối với cán bộ chuyên trách.',
        'Mức hỗ trợ bốn mươi lăm triệu đồng một người một năm đối với cán bộ chuyên trách.',
      ],
      ['Hộ nghèo được hỗ trợ 500.000đ/hộ.', 'Hộ nghèo được hỗ trợ năm trăm nghìn đồng một hộ.'],
      ['Giá thu mua chè búp tươi 15.000đ/kg.', 'Giá thu mua chè búp tươi mười lăm nghìn đồng một ki lô gam.'],
      ['Năng suất lúa đạt 60 tạ/ha.', 'Năng suất lúa đạt sáu mươi tạ một héc ta.'],
      [
        'Đ/c Nguyễn Văn Nam, Chủ tịch UBND xã, phát biểu.',
        'đồng chí Nguyễn Văn Nam, Chủ tịch Ủy ban nhân dân xã, phát biểu.',
      ],
      [
        'Đã có 12/12 thôn phát bản tin trên loa truyền thanh.',
        'Đã có mười hai trên mười hai thôn phát bản tin trên loa truyền thanh.',
      ],
      [
        'Đến nay 1/2 số thôn đã có Tổ công nghệ số cộng đồng.',
        'Đến nay một phần hai số thôn đã có Tổ công nghệ số cộng đồng.',
      ],
      ['Có 3/4 số hộ đã cài đặt ứng dụng VNeID.', 'Có ba phần tư số hộ đã cài đặt ứng dụng vê en e ai đi.'],
      ['Học sinh lớp 6/1 Trường THCS Hòa An.', 'Học sinh lớp sáu trên một Trường trung học cơ sở Hòa An.'],
      [
        'Gia đình ông Nam ở số nhà 12/3 thôn Tân Tiến.',
        'Gia đình ông Nam ở số nhà mười hai trên ba thôn Tân Tiến.',
      ],
      [
        'Tỷ lệ người dân có tài khoản VNeID ≥80%.',
        'Tỷ lệ người dân có tài khoản vê en e ai đi từ tám mươi phần trăm trở lên.',
      ],
      ['Tỷ lệ hồ sơ giải quyết trễ hạn ≤5%.', 'Tỷ lệ hồ sơ giải quyết trễ hạn từ năm phần trăm trở xuống.'],
      ['Tỷ lệ hồ sơ nộp trực tuyến > 50%.', 'Tỷ lệ hồ sơ nộp trực tuyến trên năm mươi phần trăm.'],
      [
        'Người dân sử dụng DVC, DVCQG qua ứng dụng VNeID.',
        'Người dân sử dụng dịch vụ công, dịch vụ công quốc gia qua ứng dụng vê en e ai đi.',
      ],
      [
        'Mọi thắc mắc xin liên hệ SĐT 0912 345 678.',
        'Mọi thắc mắc xin liên hệ số điện thoại không chín một hai ba bốn năm sáu bảy tám.',
      ],
      ['ĐT: 0912 345 678', 'điện thoại: không chín một hai ba bốn năm sáu bảy tám'],
      ['Theo dõi trang Zalo OA của UBND xã.', 'Theo dõi trang da lô ô a của Ủy ban nhân dân xã.'],
      ['Phủ sóng 4G, 5G đến 100% thôn.', 'Phủ sóng bốn giê, năm giê đến một trăm phần trăm thôn.'],
      [
        'Truy cập hoaan.tuyenquang.gov.vn để xem kế hoạch.',
        'Truy cập hoa an chấm tuyên quang chấm gov chấm vê en để xem kế hoạch.',
      ],
      [
        'Nộp hồ sơ trực tuyến tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html.',
        'Nộp hồ sơ trực tuyến tại dịch vụ công chấm gov chấm vê en.',
      ],
      ['Thực hiện NQ57 của Bộ Chính trị.', 'Thực hiện nghị quyết năm mươi bảy của Bộ Chính trị.'],
      ['Tổ chức học tập và/hoặc tập huấn cho cán bộ.', 'Tổ chức học tập và hoặc tập huấn cho cán bộ.'],
      [
        'Từ ngày 1/6 đến ngày 10/6, các thôn tổ chức tuyên truyền.',
        'Từ ngày mồng một tháng sáu đến ngày mồng mười tháng sáu, các thôn tổ chức tuyên truyền.',
      ],
      [
        'Ngày 12/12 thôn Đồng Tâm họp bàn kế hoạch.',
        'Ngày mười hai tháng mười hai thôn Đồng Tâm họp bàn kế hoạch.',
      ],
    ],
  },
  {
    source: 'Issue 20: readings that were already right and must stay so',
    pairs: [
      ['18/5', 'mười tám tháng năm'],
      ['7h30', 'bảy giờ ba mươi phút'],
      ['80%', 'tám mươi phần trăm'],
      ['2.000.000 đồng', 'hai triệu đồng'],
      ['2026-2030', 'hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi'],
      ['UBND', 'Ủy ban nhân dân'],
      ['KH&CN', 'khoa học và công nghệ'],
      ['CĐS', 'chuyển đổi số'],
      ['VH,TT&DL', 'văn hóa, thể thao và du lịch'],
      ['0912 345 678', 'không chín một hai ba bốn năm sáu bảy tám'],
      ['Quý II/2026', 'Quý hai năm hai nghìn không trăm hai mươi sáu'],
      ['15/4/2025', 'mười lăm tháng tư năm hai nghìn không trăm hai mươi lăm'],
      ['ngày 15/4/2025', 'ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi lăm'],
      ['tháng 4', 'tháng tư'],
      ['84,3%', 'tám mươi tư phẩy ba phần trăm'],
      ['1.250', 'một nghìn hai trăm năm mươi'],
      ['105', 'một trăm linh năm'],
      ['21', 'hai mươi mốt'],
      ['24', 'hai mươi tư'],
      ['18-25/5', 'mười tám đến hai mươi lăm tháng năm'],
      ['tháng 7-8/2026', 'tháng bảy đến tháng tám năm hai nghìn không trăm hai mươi sáu'],
      ['500.000 - 1.000.000 đồng', 'năm trăm nghìn đến một triệu đồng'],
      ['13/2023/NĐ-CP', 'mười ba năm hai nghìn không trăm hai mươi ba en đê xê pê'],
    ],
  },
  {
    source:
      'Demo bulletin (apps/server/src/seed/demo-broadcast.ts) and the bulletin of packages/speech/test/engines.test.ts',
    pairs: [
      [
        'Thực hiện Nghị quyết 57-NQ/TW, UBND tỉnh phát động phong trào Bình dân học vụ số.',
        'Thực hiện Nghị quyết năm mươi bảy en quờ tê vê, Ủy ban nhân dân tỉnh phát động phong trào Bình dân học vụ số.',
      ],
      [
        'Từ ngày 18/5, các xã, phường mở lớp hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận biết tin giả.',
        'Từ ngày mười tám tháng năm, các xã, phường mở lớp hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận biết tin giả.',
      ],
      [
        'Bà con liên hệ Tổ công nghệ số cộng đồng ở thôn để đăng ký.',
        'Bà con liên hệ Tổ công nghệ số cộng đồng ở thôn để đăng ký.',
      ],
      ['THÔNG BÁO CỦA UBND XÃ', 'THÔNG BÁO CỦA Ủy ban nhân dân XÃ'],
      [
        'Thực hiện Nghị quyết 57-NQ/TW về phát triển KH&CN và CĐS, UBND xã tổ chức tập huấn kỹ năng số',
        'Thực hiện Nghị quyết năm mươi bảy en quờ tê vê về phát triển khoa học và công nghệ và chuyển đổi số, Ủy ban nhân dân xã tổ chức tập huấn kỹ năng số',
      ],
      [
        'cho người dân vào lúc 7h30 ngày 18/5/2026 tại hội trường nhà văn hóa thôn.',
        'cho người dân vào lúc bảy giờ ba mươi phút ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu tại hội trường nhà văn hóa thôn.',
      ],
      [
        'Đến nay 80% hộ gia đình đã cài ứng dụng VNeID.',
        'Đến nay tám mươi phần trăm hộ gia đình đã cài ứng dụng vê en e ai đi.',
      ],
      [
        'Ngày 18/5 hằng năm là Ngày Khoa học và Công nghệ Việt Nam.',
        'Ngày mười tám tháng năm hằng năm là Ngày Khoa học và Công nghệ Việt Nam.',
      ],
      [
        'UBND xã đề nghị bà con tham gia các lớp Bình dân học vụ số.',
        'Ủy ban nhân dân xã đề nghị bà con tham gia các lớp Bình dân học vụ số.',
      ],
    ],
  },
  {
    source: "Communes' reports (apps/server/src/seed/demo-reports.ts) and training (demo-training.ts)",
    pairs: [
      [
        'Tổ chức 4 hội nghị quán triệt Nghị quyết 57-NQ/TW cho cán bộ, đảng viên',
        'Tổ chức bốn hội nghị quán triệt Nghị quyết năm mươi bảy en quờ tê vê cho cán bộ, đảng viên',
      ],
      [
        '100% thôn phát bản tin trên hệ thống truyền thanh',
        'một trăm phần trăm thôn phát bản tin trên hệ thống truyền thanh',
      ],
      [
        'mở 6 lớp Bình dân học vụ số cho 320 lượt người dân.',
        'mở sáu lớp Bình dân học vụ số cho ba trăm hai mươi lượt người dân.',
      ],
      [
        'Đăng 18 tin, bài trên trang thông tin điện tử của xã',
        'Đăng mười tám tin, bài trên trang thông tin điện tử của xã',
      ],
      [
        'hướng dẫn 540 người dân cài đặt, kích hoạt VNeID mức 2',
        'hướng dẫn năm trăm bốn mươi người dân cài đặt, kích hoạt vê en e ai đi mức hai',
      ],
      [
        'tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 76%.',
        'tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt bảy mươi sáu phần trăm.',
      ],
      [
        'Tổ chức cuộc thi tìm hiểu Nghị quyết 57-NQ/TW trong đoàn viên thanh niên với 210 người tham gia',
        'Tổ chức cuộc thi tìm hiểu Nghị quyết năm mươi bảy en quờ tê vê trong đoàn viên thanh niên với hai trăm mười người tham gia',
      ],
      [
        '3 Tổ công nghệ số cộng đồng hoạt động thường xuyên.',
        'ba Tổ công nghệ số cộng đồng hoạt động thường xuyên.',
      ],
      [
        'Tuyên truyền Nghị quyết 57-NQ/TW lồng ghép trong 12 buổi sinh hoạt chi bộ',
        'Tuyên truyền Nghị quyết năm mươi bảy en quờ tê vê lồng ghép trong mười hai buổi sinh hoạt chi bộ',
      ],
      ['phát 48 lượt bản tin trên loa truyền thanh', 'phát bốn mươi tám lượt bản tin trên loa truyền thanh'],
      [
        'hướng dẫn 260 hộ thanh toán không dùng tiền mặt.',
        'hướng dẫn hai trăm sáu mươi hộ thanh toán không dùng tiền mặt.',
      ],
      [
        'Đề nghị cung cấp thêm video, áp phích để đăng trên các nhóm Zalo của thôn.',
        'Đề nghị cung cấp thêm vi đê ô, áp phích để đăng trên các nhóm da lô của thôn.',
      ],
      [
        'Mở 4 lớp Bình dân học vụ số tại nhà văn hóa thôn',
        'Mở bốn lớp Bình dân học vụ số tại nhà văn hóa thôn',
      ],
      [
        'hỗ trợ 35 hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử.',
        'hỗ trợ ba mươi lăm hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử.',
      ],
      [
        'Hệ thống truyền thanh ở 2 thôn hỏng, chưa có kinh phí sửa chữa.',
        'Hệ thống truyền thanh ở hai thôn hỏng, chưa có kinh phí sửa chữa.',
      ],
      [
        'Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2',
        'Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử vê en e ai đi mức hai',
      ],
      ['Hội trường UBND xã Hòa An', 'Hội trường Ủy ban nhân dân xã Hòa An'],
      [
        'Hội nghị quán triệt Nghị quyết số 57-NQ/TW',
        'Hội nghị quán triệt Nghị quyết số năm mươi bảy en quờ tê vê',
      ],
      [
        'Tỷ lệ thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn ≥ 80%',
        'Tỷ lệ thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn từ tám mươi phần trăm trở lên',
      ],
    ],
  },
  {
    source: 'Quiz questions and explanations (apps/server/src/seed/demo-questions.ts)',
    pairs: [
      [
        'Nghị quyết 57-NQ/TW do Bộ Chính trị ban hành.',
        'Nghị quyết năm mươi bảy en quờ tê vê do Bộ Chính trị ban hành.',
      ],
      [
        'Nghị quyết 57-NQ/TW được ban hành vào ngày nào?',
        'Nghị quyết năm mươi bảy en quờ tê vê được ban hành vào ngày nào?',
      ],
      ['02/9/2024', 'mồng hai tháng chín năm hai nghìn không trăm hai mươi tư'],
      ['22/12/2024', 'hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư'],
      ['01/01/2025', 'mồng một tháng một năm hai nghìn không trăm hai mươi lăm'],
      ['16/6/2025', 'mười sáu tháng sáu năm hai nghìn không trăm hai mươi lăm'],
      [
        'Bộ Chính trị ban hành Nghị quyết 57-NQ/TW ngày 22/12/2024.',
        'Bộ Chính trị ban hành Nghị quyết năm mươi bảy en quờ tê vê ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư.',
      ],
      ['Nghị quyết đề ra 7 nhóm nhiệm vụ, giải pháp.', 'Nghị quyết đề ra bảy nhóm nhiệm vụ, giải pháp.'],
      [
        'Chương trình nào của Thủ tướng Chính phủ (Quyết định 1169/QĐ-TTg ngày 16/6/2025) mà kế hoạch của tỉnh và các xã thực hiện?',
        'Chương trình nào của Thủ tướng Chính phủ (Quyết định một nghìn một trăm sáu mươi chín quờ đê tê tê gờ ngày mười sáu tháng sáu năm hai nghìn không trăm hai mươi lăm) mà kế hoạch của tỉnh và các xã thực hiện?',
      ],
      [
        'Quyết định 1169/QĐ-TTg phê duyệt chương trình tuyên truyền Nghị quyết 57-NQ/TW đến năm 2030.',
        'Quyết định một nghìn một trăm sáu mươi chín quờ đê tê tê gờ phê duyệt chương trình tuyên truyền Nghị quyết năm mươi bảy en quờ tê vê đến năm hai nghìn không trăm ba mươi.',
      ],
      [
        'Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ.',
        'Bố trí ít nhất ba phần trăm tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ.',
      ],
      [
        'Theo Nghị quyết 57-NQ/TW, đến năm 2030 kinh phí chi cho nghiên cứu và phát triển (R&D) đạt bao nhiêu phần trăm GDP?',
        'Theo Nghị quyết năm mươi bảy en quờ tê vê, đến năm hai nghìn không trăm ba mươi kinh phí chi cho nghiên cứu và phát triển (R và D) đạt bao nhiêu phần trăm giê dê pê?',
      ],
      ['0,5% GDP', 'không phẩy năm phần trăm giê dê pê'],
      [
        'Đến năm 2030, kinh phí chi cho nghiên cứu và phát triển đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%.',
        'Đến năm hai nghìn không trăm ba mươi, kinh phí chi cho nghiên cứu và phát triển đạt hai phần trăm giê dê pê, trong đó kinh phí từ xã hội chiếm hơn sáu mươi phần trăm.',
      ],
      ['Hơn 45%', 'Hơn bốn mươi lăm phần trăm'],
      [
        'quy mô kinh tế số đạt tối thiểu 30% GDP vào năm 2030.',
        'quy mô kinh tế số đạt tối thiểu ba mươi phần trăm giê dê pê vào năm hai nghìn không trăm ba mươi.',
      ],
      [
        'Tầm nhìn đến năm 2045: quy mô kinh tế số đạt tối thiểu 50% GDP.',
        'Tầm nhìn đến năm hai nghìn không trăm bốn mươi lăm: quy mô kinh tế số đạt tối thiểu năm mươi phần trăm giê dê pê.',
      ],
      ['Trên 80%', 'Trên tám mươi phần trăm'],
      ['đạt trên 80% vào năm 2030.', 'đạt trên tám mươi phần trăm vào năm hai nghìn không trăm ba mươi.'],
      [
        'Số lượng nhân lực nghiên cứu và phát triển đạt 12 người trên một vạn dân vào năm 2030.',
        'Số lượng nhân lực nghiên cứu và phát triển đạt mười hai người trên một vạn dân vào năm hai nghìn không trăm ba mươi.',
      ],
      [
        'đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế lớn hơn 55%.',
        'đóng góp của năng suất các nhân tố tổng hợp (tê ép pê) vào tăng trưởng kinh tế lớn hơn năm mươi lăm phần trăm.',
      ],
      ['Lớn hơn 55%', 'Lớn hơn năm mươi lăm phần trăm'],
      [
        'có ít nhất 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.',
        'có ít nhất năm doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.',
      ],
      ['Nhóm 3 nước', 'Nhóm ba nước'],
      [
        'Thủ tướng Chính phủ lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.',
        'Thủ tướng Chính phủ lấy ngày mồng mười tháng mười hằng năm là Ngày Chuyển đổi số quốc gia.',
      ],
      ['2 tháng 9', 'mồng hai tháng chín'],
      ['19 tháng 5', 'mười chín tháng năm'],
      [
        'Khi nhận được tin nhắn hoặc cuộc gọi đề nghị cung cấp mã OTP để "nhận quà", người dân nên làm gì?',
        'Khi nhận được tin nhắn hoặc cuộc gọi đề nghị cung cấp mã ô tê pê để "nhận quà", người dân nên làm gì?',
      ],
      [
        'Mã OTP chỉ dùng cho chính mình khi tự thực hiện giao dịch.',
        'Mã ô tê pê chỉ dùng cho chính mình khi tự thực hiện giao dịch.',
      ],
      [
        'VNeID là ứng dụng định danh và xác thực điện tử quốc gia do Bộ Công an phát triển.',
        'vê en e ai đi là ứng dụng định danh và xác thực điện tử quốc gia do Bộ Công an phát triển.',
      ],
      ['Google Maps', 'gu gồ máp'],
      ['YouTube', 'diu túp'],
      ['Zalo', 'da lô'],
      ['Làm mạng Internet nhanh hơn', 'Làm mạng Internet nhanh hơn'],
      ['Đường link lạ gửi qua tin nhắn', 'Đường lin lạ gửi qua tin nhắn'],
      [
        'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) và Cổng dịch vụ công của tỉnh là nơi nộp hồ sơ trực tuyến.',
        'Cổng Dịch vụ công quốc gia (dịch vụ công chấm gov chấm vê en) và Cổng dịch vụ công của tỉnh là nơi nộp hồ sơ trực tuyến.',
      ],
      [
        'Tên miền sai chính tả, lạ hoặc không phải tên miền .gov.vn của cơ quan nhà nước',
        'Tên miền sai chính tả, lạ hoặc không phải tên miền chấm gov chấm vê en của cơ quan nhà nước',
      ],
      [
        'trang của cơ quan nhà nước dùng tên miền .gov.vn.',
        'trang của cơ quan nhà nước dùng tên miền chấm gov chấm vê en.',
      ],
      [
        'Ở thôn, tổ dân phố, lực lượng nào trực tiếp hướng dẫn người dân sử dụng các dịch vụ số?',
        'Ở thôn, tổ dân phố, lực lượng nào trực tiếp hướng dẫn người dân sử dụng các dịch vụ số?',
      ],
    ],
  },
  {
    source: "Hòa An commune's plan (samples/plans/hoa-an-2026.txt)",
    pairs: [
      ['Số: 139/KH-UBND', 'Số: một trăm ba mươi chín ca hát u bê en dê'],
      [
        'Hòa An, ngày 27 tháng 5 năm 2026',
        'Hòa An, ngày hai mươi bảy tháng năm năm hai nghìn không trăm hai mươi sáu',
      ],
      ['KẾ HOẠCH', 'KẾ HOẠCH'],
      [
        'Triển khai công tác truyền thông thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
        'Triển khai công tác truyền thông thực hiện Nghị quyết số năm mươi bảy en quờ tê vê của Bộ Chính trị',
      ],
      [
        'chuyển đổi số quốc gia đến năm 2030 trên địa bàn xã Hòa An',
        'chuyển đổi số quốc gia đến năm hai nghìn không trăm ba mươi trên địa bàn xã Hòa An',
      ],
      [
        'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
        'Căn cứ Nghị quyết số năm mươi bảy en quờ tê vê ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị',
      ],
      [
        '(sau đây viết tắt là Nghị quyết số 57-NQ/TW);',
        '(sau đây viết tắt là Nghị quyết số năm mươi bảy en quờ tê vê);',
      ],
      [
        'Căn cứ Kế hoạch số 178/KH-UBND ngày 07/5/2026 của Ủy ban nhân dân tỉnh Tuyên Quang',
        'Căn cứ Kế hoạch số một trăm bảy mươi tám ca hát u bê en dê ngày mồng bảy tháng năm năm hai nghìn không trăm hai mươi sáu của Ủy ban nhân dân tỉnh Tuyên Quang',
      ],
      ['I. MỤC ĐÍCH, YÊU CẦU', 'Một. MỤC ĐÍCH, YÊU CẦU'],
      ['1. Mục đích', 'một. Mục đích'],
      [
        'phổ biến Kế hoạch phát triển kinh tế năm 2026 của xã;',
        'phổ biến Kế hoạch phát triển kinh tế năm hai nghìn không trăm hai mươi sáu của xã;',
      ],
      ['II. MỤC TIÊU', 'Hai. MỤC TIÊU'],
      ['2.1. Năm 2026', 'hai chấm một. Năm hai nghìn không trăm hai mươi sáu'],
      [
        '- 100% cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị trên địa bàn xã',
        'một trăm phần trăm cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị trên địa bàn xã',
      ],
      [
        'Quyết định số 1169/QĐ-TTg của Thủ tướng Chính phủ',
        'Quyết định số một nghìn một trăm sáu mươi chín quờ đê tê tê gờ của Thủ tướng Chính phủ',
      ],
      [
        '- Cung cấp kịp thời 100% nội dung chỉ đạo của Ban chỉ đạo xã',
        'Cung cấp kịp thời một trăm phần trăm nội dung chỉ đạo của Ban chỉ đạo xã',
      ],
      ['2.2. Năm 2030', 'hai chấm hai. Năm hai nghìn không trăm ba mươi'],
      [
        '- Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin định hướng của Đảng và Nhà nước',
        'Ít nhất tám mươi phần trăm người dân trên địa bàn xã tiếp cận được các thông tin định hướng của Đảng và Nhà nước',
      ],
      ['(loa truyền thanh, bảng tin, họp thôn,...).', '(loa truyền thanh, bảng tin, họp thôn,...).'],
      ['III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', 'Ba. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU'],
      [
        '1.2. Hình thức: Sản xuất tin, bài viết, video, infographic;',
        'một chấm hai. Hình thức: Sản xuất tin, bài viết, vi đê ô, in phô gờ ráp phích;',
      ],
      ['các trang mạng xã hội (Zalo, Fanpage);', 'các trang mạng xã hội (da lô, phan pết);'],
      [
        'Ngày Khoa học và Công nghệ Việt Nam (18/5), Ngày hội Đổi mới sáng tạo quốc gia (01/10), Ngày Chuyển đổi số quốc gia (10/10),...',
        'Ngày Khoa học và Công nghệ Việt Nam (mười tám tháng năm), Ngày hội Đổi mới sáng tạo quốc gia (mồng một tháng mười), Ngày Chuyển đổi số quốc gia (mồng mười tháng mười),...',
      ],
      [
        '1.5. Thời gian thực hiện: Thường xuyên hằng năm; cao điểm vào quý II và quý III.',
        'một chấm năm. Thời gian thực hiện: Thường xuyên hằng năm; cao điểm vào quý hai và quý ba.',
      ],
      [
        'các sản phẩm dùng chung (banner, infographic, tài liệu hỏi - đáp)',
        'các sản phẩm dùng chung (ban nơ, in phô gờ ráp phích, tài liệu hỏi - đáp)',
      ],
      [
        '3.6. Thời gian thực hiện: Theo phát động của cấp trên (dự kiến tháng 6 và tháng 9 hằng năm).',
        'ba chấm sáu. Thời gian thực hiện: Theo phát động của cấp trên (dự kiến tháng sáu và tháng chín hằng năm).',
      ],
      [
        '4.4. Thời gian thực hiện: Tháng 10 hằng năm',
        'bốn chấm bốn. Thời gian thực hiện: Tháng mười hằng năm',
      ],
      [
        '5.4. Thời gian thực hiện: Quý II (khi các sở, ngành tổ chức).',
        'năm chấm bốn. Thời gian thực hiện: Quý hai (khi các sở, ngành tổ chức).',
      ],
      [
        '6.4. Thành phần tham dự: Lãnh đạo UBND xã; cán bộ, công chức, viên chức; Tổ công nghệ số cộng đồng',
        'sáu chấm bốn. Thành phần tham dự: Lãnh đạo Ủy ban nhân dân xã; cán bộ, công chức, viên chức; Tổ công nghệ số cộng đồng',
      ],
      ['IV. KINH PHÍ THỰC HIỆN', 'Bốn. KINH PHÍ THỰC HIỆN'],
      ['V. TỔ CHỨC THỰC HIỆN', 'Năm. TỔ CHỨC THỰC HIỆN'],
      [
        '- Chủ trì tham mưu cho UBND xã xây dựng nội dung, tài liệu truyền thông;',
        'Chủ trì tham mưu cho Ủy ban nhân dân xã xây dựng nội dung, tài liệu truyền thông;',
      ],
      [
        'Chủ trì, phối hợp với phòng Văn hóa – Xã hội và các cơ quan, đơn vị liên quan tham mưu UBND xã bố trí kinh phí',
        'Chủ trì, phối hợp với phòng Văn hóa – Xã hội và các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân xã bố trí kinh phí',
      ],
      [
        'tuyên truyền trực quan (*băng rôn, khẩu hiệu, pano, áp phích*).',
        'tuyên truyền trực quan (băng rôn, khẩu hiệu, pa nô, áp phích).',
      ],
      [
        '4. Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã',
        'bốn. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xã',
      ],
      [
        'sử dụng dịch vụ công trực tuyến, các nền tảng số, ứng dụng số thiết yếu, “Bình dân học vụ số”;',
        'sử dụng dịch vụ công trực tuyến, các nền tảng số, ứng dụng số thiết yếu, “Bình dân học vụ số”;',
      ],
      [
        'Đề nghị các cơ quan, đơn vị, thôn triển khai thực hiện Kế hoạch bảo đảm kịp thời, có hiệu quả thiết thực./.',
        'Đề nghị các cơ quan, đơn vị, thôn triển khai thực hiện Kế hoạch bảo đảm kịp thời, có hiệu quả thiết thực.',
      ],
      ['- UBND tỉnh;', 'Ủy ban nhân dân tỉnh;'],
      ['- Các PCT UBND xã;', 'Các Phó Chủ tịch Ủy ban nhân dân xã;'],
      ['- CVP HĐND&UBND xã;', 'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã;'],
      ['- Như mục VI; (thực hiện)', 'Như mục sáu; (thực hiện)'],
      ['**TM. ỦY BAN NHÂN DÂN', 'thay mặt ỦY BAN NHÂN DÂN'],
      ['CHỦ TỊCH**', 'CHỦ TỊCH'],
    ],
  },
  {
    source: "Sơn La province's decision and plan (samples/plans/son-la-2025.txt)",
    pairs: [
      ['Số: 2493/QĐ-UBND', 'Số: hai nghìn bốn trăm chín mươi ba quờ đê u bê en dê'],
      [
        'Sơn La, ngày 03 tháng 10 năm 2025',
        'Sơn La, ngày mồng ba tháng mười năm hai nghìn không trăm hai mươi lăm',
      ],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
      [
        'VỀ VIỆC BAN HÀNH KẾ HOẠCH ĐẨY MẠNH TRUYỀN THÔNG THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ',
        'VỀ VIỆC BAN HÀNH KẾ HOẠCH ĐẨY MẠNH TRUYỀN THÔNG THỰC HIỆN NGHỊ QUYẾT SỐ năm mươi bảy en quờ tê vê CỦA BỘ CHÍNH TRỊ',
      ],
      [
        'ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH SƠN LA',
        'ĐẾN NĂM hai nghìn không trăm ba mươi TRÊN ĐỊA BÀN TỈNH SƠN LA',
      ],
      [
        'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;',
        'Căn cứ Luật Tổ chức chính quyền địa phương năm hai nghìn không trăm hai mươi lăm;',
      ],
      [
        'Căn cứ Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
        'Căn cứ Nghị quyết năm mươi bảy en quờ tê vê ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị',
      ],
      [
        'Căn cứ Nghị quyết 71/NQ-CP ngày 01/4/2025 của Chính phủ',
        'Căn cứ Nghị quyết bảy mươi mốt en quờ xê pê ngày mồng một tháng tư năm hai nghìn không trăm hai mươi lăm của Chính phủ',
      ],
      [
        'thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị',
        'thực hiện Nghị quyết số năm mươi bảy en quờ tê vê ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị',
      ],
      [
        'Căn cứ Quyết định số 1169/QĐ-TTg ngày 16/6/2025 của Thủ tướng Chính phủ',
        'Căn cứ Quyết định số một nghìn một trăm sáu mươi chín quờ đê tê tê gờ ngày mười sáu tháng sáu năm hai nghìn không trăm hai mươi lăm của Thủ tướng Chính phủ',
      ],
      [
        'Chương trình “Đẩy mạnh truyền thông thực hiện Nghị quyết số 57- NQ/TW của Bộ Chính trị”;',
        'Chương trình “Đẩy mạnh truyền thông thực hiện Nghị quyết số năm mươi bảy en quờ tê vê của Bộ Chính trị”;',
      ],
      [
        'Căn cứ Kế hoạch số 02-KH/BCĐ ngày 26/6/2025 của Ban Chỉ đạo 1363 Tỉnh ủy',
        'Căn cứ Kế hoạch số hai ca hát bê xê đê ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi lăm của Ban Chỉ đạo một nghìn ba trăm sáu mươi ba Tỉnh ủy',
      ],
      [
        'Căn cứ Kế hoạch số 03-KH/BCĐTW ngày 28/7/2025 của Ban Chỉ đạo Trung ương',
        'Căn cứ Kế hoạch số ba ca hát bê xê đê tê vê ngày hai mươi tám tháng bảy năm hai nghìn không trăm hai mươi lăm của Ban Chỉ đạo Trung ương',
      ],
      [
        'tại Tờ trình số 263/TTr-SVHTT&DL ngày 30/9/2025.',
        'tại Tờ trình số hai trăm sáu mươi ba tê tê rờ ét vê hát tê tê và dê lờ ngày ba mươi tháng chín năm hai nghìn không trăm hai mươi lăm.',
      ],
      [
        'Điều 1.  Ban hành kèm theo Quyết định này Kế hoạch đẩy mạnh truyền thông',
        'Điều một. Ban hành kèm theo Quyết định này Kế hoạch đẩy mạnh truyền thông',
      ],
      [
        'Điều 2 . Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
        'Điều hai . Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
      ],
      ['chịu trách nhiệm thi hành Quyết định này./.', 'chịu trách nhiệm thi hành Quyết định này.'],
      ['- Thường trực Tỉnh ủy (b/c);', 'Thường trực Tỉnh ủy (báo cáo);'],
      ['- Chủ tịch UBND tỉnh;', 'Chủ tịch Ủy ban nhân dân tỉnh;'],
      ['- Như Điều 3;', 'Như Điều ba;'],
      ['- Báo và PTTH Sơn La;', 'Báo và phát thanh, truyền hình Sơn La;'],
      ['- Trung tâm Thông tin - VP UBND tỉnh;', 'Trung tâm Thông tin - Văn phòng Ủy ban nhân dân tỉnh;'],
      ['KT. CHỦ TỊCH', 'ký thay CHỦ TỊCH'],
      ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
      ['a) Trong năm 2025', 'a) Trong năm hai nghìn không trăm hai mươi lăm'],
      [
        '- 100% các cơ quan, đơn vị và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh',
        'một trăm phần trăm các cơ quan, đơn vị và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh',
      ],
      [
        'trên Cổng thông tin điện tử/Trang thông tin điện tử từng cơ quan, đơn vị và địa phương.',
        'trên Cổng thông tin điện tử hoặc Trang thông tin điện tử từng cơ quan, đơn vị và địa phương.',
      ],
      [
        'xây dựng các chuyên trang/chuyên mục các tuyến nội dung tuyên truyền',
        'xây dựng các chuyên trang hoặc chuyên mục các tuyến nội dung tuyên truyền',
      ],
      [
        '- Hợp tác truyền thông/đặt hàng tuyên truyền trên kênh truyền hình của quốc gia',
        'Hợp tác truyền thông hoặc đặt hàng tuyên truyền trên kênh truyền hình của quốc gia',
      ],
      ['b) Đến năm 2026', 'b) Đến năm hai nghìn không trăm hai mươi sáu'],
      [
        '- Ít nhất 70% cán bộ chuyên trách làm công tác truyền thông',
        'Ít nhất bảy mươi phần trăm cán bộ chuyên trách làm công tác truyền thông',
      ],
      [
        'các chuyên trang, chuyên mục về Nghị quyết số 57-NQ/TW trên cổng/trang thông tin điện tử',
        'các chuyên trang, chuyên mục về Nghị quyết số năm mươi bảy en quờ tê vê trên cổng hoặc trang thông tin điện tử',
      ],
      [
        'Đa dạng hình thức truyền thông như tin, bài, ảnh, infographic, video, phóng sự, tọa đàm...',
        'Đa dạng hình thức truyền thông như tin, bài, ảnh, in phô gờ ráp phích, vi đê ô, phóng sự, tọa đàm...',
      ],
      [
        '- Cơ quan chủ trì:  Báo và Phát thanh, Truyền hình Sơn La; Văn phòng UBND tỉnh; các sở, ban, ngành; UBND các xã, phường.',
        'Cơ quan chủ trì: Báo và Phát thanh, Truyền hình Sơn La; Văn phòng Ủy ban nhân dân tỉnh; các sở, ban, ngành; Ủy ban nhân dân các xã, phường.',
      ],
      [
        'Ngày Khoa học và Công nghệ Việt Nam (18/5), Ngày hội Đổi mới sáng tạo quốc gia (1/10), Ngày Chuyển đổi số quốc gia (10/10) hằng năm',
        'Ngày Khoa học và Công nghệ Việt Nam (mười tám tháng năm), Ngày hội Đổi mới sáng tạo quốc gia (mồng một tháng mười), Ngày Chuyển đổi số quốc gia (mồng mười tháng mười) hằng năm',
      ],
      [
        'Xây dựng tài liệu, cẩm nang, tờ gấp, sổ tay… về khoa học công nghệ',
        'Xây dựng tài liệu, cẩm nang, tờ gấp, sổ tay... về khoa học công nghệ',
      ],
      [
        '(video clip, infographic, mạng xã hội...).',
        '(vi đê ô cờ líp, in phô gờ ráp phích, mạng xã hội...).',
      ],
      ['- Cơ quan phối hợp:  UBND cấp xã.', 'Cơ quan phối hợp: Ủy ban nhân dân cấp xã.'],
      [
        'bồi dưỡng của đơn vị từ 2025-2026 trở đi theo tình hình điều kiện thực tế.',
        'bồi dưỡng của đơn vị từ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu trở đi theo tình hình điều kiện thực tế.',
      ],
      ['video bài giảng điện tử, tài liệu số', 'vi đê ô bài giảng điện tử, tài liệu số'],
      [
        'infographic, video ngắn, podcast, slide trình bày, sổ tay điện tử',
        'in phô gờ ráp phích, vi đê ô ngắn, pót cát, xờ lai trình bày, sổ tay điện tử',
      ],
      [
        'các môn học toán, khoa học tự nhiên, công nghệ, tin học (STEM) trong chương trình giáo dục phổ thông.',
        'các môn học toán, khoa học tự nhiên, công nghệ, tin học (xtem) trong chương trình giáo dục phổ thông.',
      ],
      [
        '3. Tăng cường truyền thông Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị',
        'ba. Tăng cường truyền thông Nghị quyết số năm mươi bảy en quờ tê vê ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị',
      ],
      [
        'Khuyến khích và mở rộng xã hội hóa công tác truyền thông, hợp tác công - tư',
        'Khuyến khích và mở rộng xã hội hóa công tác truyền thông, hợp tác công - tư',
      ],
      ['IV. PHƯƠNG THỨC TRUYỀN THÔNG', 'Bốn. PHƯƠNG THỨC TRUYỀN THÔNG'],
      [
        '2.  Thông tin, tuyên truyền trên mạng Internet: Cổng/trang thông tin điện tử, các trang mạng xã hội như zalo, facebook, youtube...',
        'hai. Thông tin, tuyên truyền trên mạng Internet: Cổng hoặc trang thông tin điện tử, các trang mạng xã hội như da lô, phây búc, diu túp...',
      ],
      [
        'cuộc họp triển khai công tác của cơ quan, đơn vị, địa phương…',
        'cuộc họp triển khai công tác của cơ quan, đơn vị, địa phương...',
      ],
      [
        '10.  Phối hợp thực hiện công tác tuyên truyền miệng, thông tin lưu động',
        'mười. Phối hợp thực hiện công tác tuyên truyền miệng, thông tin lưu động',
      ],
      [
        '2. Đối với các nhiệm vụ triển khai trong năm 2025, các cơ quan, đơn vị; UBND các xã, phường chủ động bố trí',
        'hai. Đối với các nhiệm vụ triển khai trong năm hai nghìn không trăm hai mươi lăm, các cơ quan, đơn vị; Ủy ban nhân dân các xã, phường chủ động bố trí',
      ],
      ['VI. TỔ CHỨC THỰC HIỆN', 'Sáu. TỔ CHỨC THỰC HIỆN'],
      [
        'định kỳ trước ngày 20/12 hằng năm hoặc đột xuất khi có yêu cầu',
        'định kỳ trước ngày hai mươi tháng mười hai hằng năm hoặc đột xuất khi có yêu cầu',
      ],
      [
        'giải pháp thực hiện Nghị quyết số 57NQ/TW của Bộ Chính trị',
        'giải pháp thực hiện Nghị quyết số năm mươi bảy en quờ tê vê của Bộ Chính trị',
      ],
      [
        '- Tích cực cập nhật, tuyên truyền về thực hiện Nghị quyết số 57/NQ-TW trên Trang thông tin điện tử',
        'Tích cực cập nhật, tuyên truyền về thực hiện Nghị quyết số năm mươi bảy en quờ tê vê trên Trang thông tin điện tử',
      ],
      [
        'Kế hoạch số 02- KH/BCĐ ngày 26/6/2025 của Ban Chỉ đạo 1363 Tỉnh ủy',
        'Kế hoạch số hai ca hát bê xê đê ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi lăm của Ban Chỉ đạo một nghìn ba trăm sáu mươi ba Tỉnh ủy',
      ],
      [
        'Kế hoạch số 03- KH/BCĐTW ngày 28/7/2025 của Ban Chỉ đạo Trung ương',
        'Kế hoạch số ba ca hát bê xê đê tê vê ngày hai mươi tám tháng bảy năm hai nghìn không trăm hai mươi lăm của Ban Chỉ đạo Trung ương',
      ],
      ['VII. THỜI GIAN THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO', 'Bảy. THỜI GIAN THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO'],
      [
        '1. Thời gian thực hiện:  Thường xuyên hằng năm (bắt đầu thực hiện từ tháng 9 năm 2025).',
        'một. Thời gian thực hiện: Thường xuyên hằng năm (bắt đầu thực hiện từ tháng chín năm hai nghìn không trăm hai mươi lăm).',
      ],
      [
        'định kỳ trước ngày 05 tháng 12 hàng năm hoặc đột xuất (khi có yêu cầu).',
        'định kỳ trước ngày mồng năm tháng mười hai hàng năm hoặc đột xuất (khi có yêu cầu).',
      ],
      [
        'báo cáo UBND tỉnh kết quả thực hiện trước ngày 20 tháng 12 hàng năm./.',
        'báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày hai mươi tháng mười hai hàng năm.',
      ],
    ],
  },
  {
    source: "Tuyên Quang province's plan (samples/plans/tuyen-quang-2026.txt)",
    pairs: [
      ['Số: /KH-UBND', 'Số: ca hát u bê en dê'],
      [
        'Tuyên Quang, ngày tháng 5 năm 2026',
        'Tuyên Quang, ngày tháng năm năm hai nghìn không trăm hai mươi sáu',
      ],
      [
        'Chương trình “Đẩy mạnh truyền thông thực hiện Nghị quyết số 57- NQ/TW đến năm 2030”;',
        'Chương trình “Đẩy mạnh truyền thông thực hiện Nghị quyết số năm mươi bảy en quờ tê vê đến năm hai nghìn không trăm ba mươi”;',
      ],
      [
        'Căn cứ Kế hoạch số 01- KH/BCĐTW ngày 02/6/2025 của Ban Chỉ đạo Trung ương',
        'Căn cứ Kế hoạch số một ca hát bê xê đê tê vê ngày mồng hai tháng sáu năm hai nghìn không trăm hai mươi lăm của Ban Chỉ đạo Trung ương',
      ],
      [
        'Căn cứ Kế hoạch số 24- KH/TU ngày 11/8/2025 của Ban Chấp hành Đảng bộ tỉnh',
        'Căn cứ Kế hoạch số hai mươi tư ca hát tê u ngày mười một tháng tám năm hai nghìn không trăm hai mươi lăm của Ban Chấp hành Đảng bộ tỉnh',
      ],
      [
        'Căn cứ Kế hoạch số 04-KH/BCĐ ngày 12/3/2026 của Ban Chỉ đạo',
        'Căn cứ Kế hoạch số bốn ca hát bê xê đê ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu của Ban Chỉ đạo',
      ],
      [
        '1.1. Đẩy mạnh truyền thông, nâng cao nhận thức',
        'một chấm một. Đẩy mạnh truyền thông, nâng cao nhận thức',
      ],
      [
        'trọng tâm là mục tiêu tăng trưởng kinh tế năm 2026 của tỉnh.',
        'trọng tâm là mục tiêu tăng trưởng kinh tế năm hai nghìn không trăm hai mươi sáu của tỉnh.',
      ],
      [
        '(*sau đây viết tắt là Quyết định số 1169/QĐ-TTg*)',
        '(sau đây viết tắt là Quyết định số một nghìn một trăm sáu mươi chín quờ đê tê tê gờ)',
      ],
      [
        'theo Nghị quyết số 45-NQ/TU ngày 18/12/2025 của Ban Chấp hành Đảng bộ tỉnh.',
        'theo Nghị quyết số bốn mươi lăm en quờ tê u ngày mười tám tháng mười hai năm hai nghìn không trăm hai mươi lăm của Ban Chấp hành Đảng bộ tỉnh.',
      ],
      [
        '“*lấy người dân, doanh nghiệp làm trung tâm, lấy sự hài lòng làm thước đo*”',
        '“lấy người dân, doanh nghiệp làm trung tâm, lấy sự hài lòng làm thước đo”',
      ],
      [
        '- 100% cơ quan báo chí truyền thông xây dựng các chuyên trang/chuyên mục/các tuyến nội dung tuyên truyền',
        'một trăm phần trăm cơ quan báo chí truyền thông xây dựng các chuyên trang hoặc chuyên mục hoặc các tuyến nội dung tuyên truyền',
      ],
      [
        '(*trừ những nhiệm vụ liên quan đến bí mật nhà nước*)',
        '(trừ những nhiệm vụ liên quan đến bí mật nhà nước)',
      ],
      [
        'các quan điểm, chủ trương, định hướng, mục tiêu, nhiệm vụ trong Nghị quyết số 57- NQ/TW của Bộ Chính trị',
        'các quan điểm, chủ trương, định hướng, mục tiêu, nhiệm vụ trong Nghị quyết số năm mươi bảy en quờ tê vê của Bộ Chính trị',
      ],
      [
        '1.2. Hình thức: Xây dựng các tin, bài viết, phóng sự, video clip, infographic, chuyên đề',
        'một chấm hai. Hình thức: Xây dựng các tin, bài viết, phóng sự, vi đê ô cờ líp, in phô gờ ráp phích, chuyên đề',
      ],
      [
        'Ngày Khoa học và Công nghệ Việt Nam (18/5), Ngày hội Đổi mới sáng tạo quốc gia (01/10), Ngày Chuyển đổi số quốc gia (10/10)',
        'Ngày Khoa học và Công nghệ Việt Nam (mười tám tháng năm), Ngày hội Đổi mới sáng tạo quốc gia (mồng một tháng mười), Ngày Chuyển đổi số quốc gia (mồng mười tháng mười)',
      ],
      [
        '1.4. Cơ quan phối hợp: Các sở, ban, ngành cấp tỉnh; UBND xã, phường; các cơ quan báo chí Trung ương và địa phương.',
        'một chấm bốn. Cơ quan phối hợp: Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân xã, phường; các cơ quan báo chí Trung ương và địa phương.',
      ],
      [
        '1.5. Thời gian thực hiện: Thường xuyên trong năm 2026; cao điểm vào quý II và quý III năm 2026.',
        'một chấm năm. Thời gian thực hiện: Thường xuyên trong năm hai nghìn không trăm hai mươi sáu; cao điểm vào quý hai và quý ba năm hai nghìn không trăm hai mươi sáu.',
      ],
      [
        '(banner, poster, infographic, video clip, tài liệu hỏi - đáp, tài liệu tuyên truyền cơ sở)',
        '(ban nơ, pốt tơ, in phô gờ ráp phích, vi đê ô cờ líp, tài liệu hỏi - đáp, tài liệu tuyên truyền cơ sở)',
      ],
      [
        '2.3. *Cơ quan phối hợp*: Các sở, ban, ngành; UBND xã, phường',
        'hai chấm ba. Cơ quan phối hợp: Các sở, ban, ngành; Ủy ban nhân dân xã, phường',
      ],
      [
        '3.6. *Thời gian thực hiện*: Tháng 6 và tháng 9 năm 2026.',
        'ba chấm sáu. Thời gian thực hiện: Tháng sáu và tháng chín năm hai nghìn không trăm hai mươi sáu.',
      ],
      [
        'tiêu biểu cho công tác truyền thông về thực hiện Nghị quyết số 57- NQ/TW,...',
        'tiêu biểu cho công tác truyền thông về thực hiện Nghị quyết số năm mươi bảy en quờ tê vê,...',
      ],
      [
        'người có ảnh hưởng (KOL), lực lượng truyền thông xã hội (KOLs),...',
        'người có ảnh hưởng (cây âu eo), lực lượng truyền thông xã hội (cây âu eo),...',
      ],
      [
        '4.4. *Thời gian thực hiện*: Tháng 10 năm 2026.',
        'bốn chấm bốn. Thời gian thực hiện: Tháng mười năm hai nghìn không trăm hai mươi sáu.',
      ],
      [
        '5.4. *Thời gian thực hiện:* Quý II năm 2026.',
        'năm chấm bốn. Thời gian thực hiện: Quý hai năm hai nghìn không trăm hai mươi sáu.',
      ],
      [
        '6.1 *Nội dung:* Tổ chức các hội thảo chuyên đề về công tác truyền thông',
        'sáu chấm một Nội dung: Tổ chức các hội thảo chuyên đề về công tác truyền thông',
      ],
      [
        '6.5. *Thời gian thực hiện:* Quý III năm 2026.',
        'sáu chấm năm. Thời gian thực hiện: Quý ba năm hai nghìn không trăm hai mươi sáu.',
      ],
      [
        '(*bao gồm các chủ trang mạng xã hội, Tiktok, Fanpage, KOLs...*)',
        '(bao gồm các chủ trang mạng xã hội, tích tốc, phan pết, cây âu eo...)',
      ],
      [
        'phong trào "*Bình dân học vụ số*" để nâng cao năng lực số cho đội ngũ cán bộ, đảng viên.',
        'phong trào "Bình dân học vụ số" để nâng cao năng lực số cho đội ngũ cán bộ, đảng viên.',
      ],
      [
        'xây dựng nội dung tuyên truyền trọng tâm theo từng giai đoạn, thời điểm (*cao điểm quý III năm 2026*).',
        'xây dựng nội dung tuyên truyền trọng tâm theo từng giai đoạn, thời điểm (cao điểm quý ba năm hai nghìn không trăm hai mươi sáu).',
      ],
      [
        '(*Đài truyền thanh cấp xã, bảng tin điện tử, đội thông tin lưu động...*)',
        '(Đài truyền thanh cấp xã, bảng tin điện tử, đội thông tin lưu động...)',
      ],
      [
        '(*băng rôn, khẩu hiệu, pano, áp phích, triển lãm, tuyên truyền lưu động...*)',
        '(băng rôn, khẩu hiệu, pa nô, áp phích, triển lãm, tuyên truyền lưu động...)',
      ],
      [
        '7.1.1. Chủ động phối hợp với Sở Khoa học và Công nghệ',
        'bảy chấm một chấm một. Chủ động phối hợp với Sở Khoa học và Công nghệ',
      ],
      [
        '7.3. Văn phòng UBND tỉnh chỉ đạo Trung tâm Thông tin - Hội nghị',
        'bảy chấm ba. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Thông tin - Hội nghị',
      ],
      [
        '7.4. Các cơ quan báo chí, truyền thông ngoài tỉnh (*Trung ương và địa phương*)',
        'bảy chấm bốn. Các cơ quan báo chí, truyền thông ngoài tỉnh (Trung ương và địa phương)',
      ],
      ['- Thường trực HĐND tỉnh;', 'Thường trực Hội đồng nhân dân tỉnh;'],
      ['- Chủ tịch, PCT UBND tỉnh;', 'Chủ tịch, Phó Chủ tịch Ủy ban nhân dân tỉnh;'],
      [
        '- UBMTTQ và các tổ chức CT-XH tỉnh;',
        'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh;',
      ],
      ['- Lãnh đạo VP UBND tỉnh;', 'Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh;'],
      ['- UBND xã, phường;', 'Ủy ban nhân dân xã, phường;'],
      ['**KT. CHỦ TỊCH', 'ký thay CHỦ TỊCH'],
      ['PHÓ CHỦ TỊCH**', 'PHÓ CHỦ TỊCH'],
    ],
  },
  {
    source: 'Constructed around the rules of issue 20 (no source sentence): the boundaries of each rule',
    pairs: [
      ['Từ 1/6, các thôn ra quân.', 'Từ mồng một tháng sáu, các thôn ra quân.'],
      ['Tuyên truyền từ 1-5/6.', 'Tuyên truyền từ mồng một đến mồng năm tháng sáu.'],
      ['lãi suất 8%/năm', 'lãi suất tám phần trăm một năm'],
      ['Bố trí 35 học sinh/lớp.', 'Bố trí ba mươi lăm học sinh một lớp.'],
      ['Các thôn/tổ dân phố báo cáo.', 'Các thôn hoặc tổ dân phố báo cáo.'],
      ['UBND các xã/phường', 'Ủy ban nhân dân các xã hoặc phường'],
      ['giá tính bằng đồng/kg', 'giá tính bằng đồng một ki lô gam'],
      ['Trực từ 7-11h.', 'Trực từ bảy đến mười một giờ.'],
      ['Tuyến ĐT.176 và QL2 bị ngập.', 'Tuyến đường tỉnh một trăm bảy mươi sáu và quốc lộ hai bị ngập.'],
      ['Tỷ lệ 45/60 xã', 'Tỷ lệ bốn mươi lăm trên sáu mươi xã'],
      ['đạt 10/12 chỉ tiêu', 'đạt mười trên mười hai chỉ tiêu'],
      ['Người dân ≥ 18 tuổi', 'Người dân từ mười tám tuổi trở lên'],
      ['~30% số hộ', 'khoảng ba mươi phần trăm số hộ'],
      ['HĐND&UBND', 'Hội đồng nhân dân và Ủy ban nhân dân'],
      ['Phòng, chống dịch COVID-19.', 'Phòng, chống dịch cô vít mười chín.'],
      [
        '3/4 diện tích lúa đạt ≥ 55 tạ/ha.',
        'ba phần tư diện tích lúa đạt từ năm mươi lăm tạ một héc ta trở lên.',
      ],
      ['mức hỗ trợ 50.000đ/người/buổi', 'mức hỗ trợ năm mươi nghìn đồng một người một buổi'],
      ['Liên hệ SĐT 0912.345.678', 'Liên hệ số điện thoại không chín một hai ba bốn năm sáu bảy tám'],
      ['Rút tiền tại cây ATM.', 'Rút tiền tại cây a tê mờ.'],
      ['Làm CCCD gắn chip', 'Làm căn cước công dân gắn chíp'],
    ],
  },
  {
    source: 'packages/speech/test/normalise.test.ts, the unit tests before issue 20',
    pairs: [
      ['ngày 18/5/2026', 'ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu'],
      ['ngày 01/4/2026', 'ngày mồng một tháng tư năm hai nghìn không trăm hai mươi sáu'],
      ['ngày 18-5-2026', 'ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu'],
      ['tháng 5/2026', 'tháng năm năm hai nghìn không trăm hai mươi sáu'],
      ['Quý IV/2026', 'Quý bốn năm hai nghìn không trăm hai mươi sáu'],
      ['trong quý 2/2026', 'trong quý hai năm hai nghìn không trăm hai mươi sáu'],
      ['từ 18/5 - 20/5', 'từ mười tám tháng năm đến hai mươi tháng năm'],
      ['UBND xã', 'Ủy ban nhân dân xã'],
      [
        'KH&CN, KHCN, CĐS, CNTT',
        'khoa học và công nghệ, khoa học và công nghệ, chuyển đổi số, công nghệ thông tin',
      ],
      ['HĐND, MTTQ và BCĐ', 'Hội đồng nhân dân, Mặt trận Tổ quốc và Ban Chỉ đạo'],
      ['Sở VHTTDL, TT&TT', 'Sở văn hóa, thể thao và du lịch, thông tin và truyền thông'],
      ['trường THCS, THPT', 'trường trung học cơ sở, trung học phổ thông'],
      ['ĐTN, ĐVTN, v.v.', 'Đoàn Thanh niên, đoàn viên thanh niên, vân vân'],
      ['đạt 2,5%', 'đạt hai phẩy năm phần trăm'],
      ['10-15%', 'mười đến mười lăm phần trăm'],
      ['6:00', 'sáu giờ'],
      ['6h00', 'sáu giờ'],
      ['lúc 7h sáng', 'lúc bảy giờ sáng'],
      ['17h30', 'mười bảy giờ ba mươi phút'],
      ['8:05', 'tám giờ năm phút'],
      ['đạt 1.250.', 'đạt một nghìn hai trăm năm mươi.'],
      ['1.250.000 đồng', 'một triệu hai trăm năm mươi nghìn đồng'],
      ['2,5', 'hai phẩy năm'],
      ['2,05', 'hai phẩy không năm'],
      ['Công nghiệp 4.0', 'Công nghiệp bốn chấm không'],
      ['Nghị quyết 57-NQ/TW', 'Nghị quyết năm mươi bảy en quờ tê vê'],
      ['Kế hoạch số 12/KH-UBND', 'Kế hoạch số mười hai ca hát u bê en dê'],
      ['Nghị định 30/2020/NĐ-CP', 'Nghị định ba mươi năm hai nghìn không trăm hai mươi en đê xê pê'],
      ['giai đoạn 2026-2030', 'giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi'],
      ['thứ 2 và Thứ 4', 'thứ hai và Thứ tư'],
      ['lần thứ 1', 'lần thứ nhất'],
      ['Phần II', 'Phần hai'],
      ['Đại hội lần thứ XIII', 'Đại hội lần thứ mười ba'],
      ['I. MỤC ĐÍCH', 'Một. MỤC ĐÍCH'],
      ['05 đồng chí', 'năm đồng chí'],
      ['gọi 0912 345 678', 'gọi không chín một hai ba bốn năm sáu bảy tám'],
      ['rộng 1.250,5 ha', 'rộng một nghìn hai trăm năm mươi phẩy năm héc ta'],
      ['50.000đ', 'năm mươi nghìn đồng'],
      ['ông/bà', 'ông hoặc bà'],
      ['- Đoàn viên\n- Hội viên', 'Đoàn viên\nHội viên'],
    ],
  },
];

/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const publicSiteVi = {
  'publicSite.nav': 'Trang công khai',
  'publicSite.title': 'Trang công khai',
  'publicSite.subtitle':
    'Trang thông tin công khai của tỉnh, xã: tiến độ kế hoạch, tin tức, nhiệm vụ khoa học và công nghệ, phản ánh của người dân',
  'publicSite.body': 'Tỉnh hoặc xã',
  'publicSite.bodyHint': 'Gõ tên tỉnh, xã, phường bạn phụ trách',
  'publicSite.pick': 'Hãy chọn một tỉnh hoặc một xã, phường mà bạn phụ trách truyền thông.',
  'publicSite.notManaged':
    'Đơn vị này không có trang công khai, hoặc bạn không phụ trách truyền thông của đơn vị. Hãy chọn một tỉnh hoặc một xã, phường khác.',
  'publicSite.address': 'Địa chỉ để chia sẻ',
  'publicSite.addressHint':
    'Gửi địa chỉ này qua Zalo, Facebook hoặc đăng trên cổng thông tin: đường dẫn hiện thành thẻ có tên và mô tả của trang.',
  'publicSite.preview': 'Xem trang',
  'publicSite.enabled': 'Mở trang công khai',
  'publicSite.enabledProvince': 'Trang của tỉnh được mở sẵn; tắt đi thì địa chỉ trên báo không tìm thấy.',
  'publicSite.enabledCommune': 'Trang của xã chỉ hiện khi được mở. Khi tắt, địa chỉ trên báo không tìm thấy.',
  'publicSite.closed': 'Trang đang đóng: người dân mở địa chỉ này sẽ thấy «Không tìm thấy trang».',
  'publicSite.intro': 'Lời giới thiệu',
  'publicSite.introHint':
    'Hiện ở đầu trang và trong thẻ khi chia sẻ đường dẫn. Không ghi số điện thoại, thư điện tử cá nhân.',
  'publicSite.feedbackDays': 'Số ngày trả lời phản ánh, kiến nghị',
  'publicSite.feedbackDaysHint':
    'Thời hạn để cơ quan được giao trả lời một phản ánh của người dân (1–90 ngày).',
  'publicSite.feedbackDaysRequired': 'Hãy nhập số ngày, từ 1 đến 90',
  'publicSite.showHonours': 'Công khai danh sách khen thưởng',
  'publicSite.showHonoursHint':
    'Trang «Khen thưởng» liệt kê theo năm các tập thể, cá nhân đã được khen thưởng: tên, hình thức, số quyết định; không có thông tin cá nhân khác.',
  'publicSite.saved': 'Đã lưu cài đặt trang công khai',
  'publicSite.stale': 'Cài đặt vừa được người khác thay đổi. Trang đã tải lại bản mới; hãy sửa lại nếu cần.',
  'publicSite.updatedAt': 'Lưu lần cuối: {time}',
  'publicSite.neverSaved': 'Chưa thay đổi: đang dùng cài đặt mặc định.',
} as const;

export const publicSiteEn: Record<keyof typeof publicSiteVi, string> = {
  'publicSite.nav': 'Public site',
  'publicSite.title': 'Public site',
  'publicSite.subtitle':
    'The public pages of a province or commune: plan progress, news, science and technology tasks, citizens’ feedback',
  'publicSite.body': 'Province or commune',
  'publicSite.bodyHint': 'Type the name of a province, commune or ward you look after',
  'publicSite.pick': 'Choose a province, or a commune or ward, whose communication you look after.',
  'publicSite.notManaged':
    'This body has no public site, or you do not look after its communication. Choose another province, commune or ward.',
  'publicSite.address': 'Address to share',
  'publicSite.addressHint':
    'Send this address on Zalo or Facebook or post it on the portal: the link shows as a card with the page’s name and description.',
  'publicSite.preview': 'Open the page',
  'publicSite.enabled': 'Public site open',
  'publicSite.enabledProvince':
    'A province’s site is open by default; turned off, its address answers “not found”.',
  'publicSite.enabledCommune':
    'A commune’s site shows only once opened. Turned off, its address answers “not found”.',
  'publicSite.closed': 'The site is closed: citizens opening this address see “page not found”.',
  'publicSite.intro': 'Introduction',
  'publicSite.introHint':
    'Shown at the top of the page and in the card of a shared link. Do not write personal phone numbers or e-mail addresses.',
  'publicSite.feedbackDays': 'Days to answer feedback',
  'publicSite.feedbackDaysHint': 'How long the body given a citizen’s feedback has to answer it (1–90 days).',
  'publicSite.feedbackDaysRequired': 'Enter a number of days, from 1 to 90',
  'publicSite.showHonours': 'Publish the list of those honoured',
  'publicSite.showHonoursHint':
    'The “Khen thưởng” page lists, by year, the bodies and people honoured: names, form and decision number; nothing else personal.',
  'publicSite.saved': 'Public site settings saved',
  'publicSite.stale':
    'Someone else has just changed the settings. The page reloaded them; change them again if needed.',
  'publicSite.updatedAt': 'Last saved: {time}',
  'publicSite.neverSaved': 'Never changed: the default settings apply.',
};

/** Texts of the assistant's screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const assistantVi = {
  'assistant.nav': 'Trợ lý',
  'assistant.title': 'Trợ lý',
  'assistant.subtitle':
    'Hỏi về nghị quyết, kế hoạch và tài liệu đã duyệt. Mỗi câu trả lời đều lấy từ văn bản và ghi rõ nguồn.',
  'assistant.tab.ask': 'Hỏi đáp',
  'assistant.tab.references': 'Tài liệu tham khảo',

  'assistant.question': 'Câu hỏi',
  'assistant.questionPlaceholder':
    'Ví dụ: Mục tiêu đến năm 2030 về tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở là bao nhiêu?',
  'assistant.ask': 'Hỏi',
  'assistant.questionTooShort': 'Hãy hỏi đầy đủ hơn (ít nhất 3 ký tự).',
  'assistant.answer': 'Trả lời',
  'assistant.mode.extractive': 'Trích nguyên văn từ nguồn',
  'assistant.mode.model': 'Viết lại từ nguồn bằng mô hình ngôn ngữ',
  'assistant.citation': 'Mở nguồn số {number}',
  'assistant.notFoundHelp':
    'Hãy hỏi lại bằng từ ngữ có trong văn bản (tên kế hoạch, số hiệu như 57-NQ/TW, chỉ tiêu cần tìm), hoặc đề nghị cán bộ phụ trách tải văn bản đó lên mục “Tài liệu tham khảo”.',
  'assistant.passages': 'Nguồn',
  'assistant.page': 'trang {page}',
  'assistant.open': 'Xem trong văn bản',
  'assistant.kind.plan': 'Kế hoạch',
  'assistant.kind.library_item': 'Thư viện',
  'assistant.kind.bulletin': 'Bản tin',
  'assistant.kind.reference': 'Tài liệu tham khảo',

  'assistant.passage.title': 'Đoạn trích',
  'assistant.passage.before': 'Đoạn trước',
  'assistant.passage.after': 'Đoạn sau',
  'assistant.passage.openSource': 'Mở văn bản gốc',
  'assistant.passage.start': 'Đầu văn bản',
  'assistant.passage.end': 'Hết văn bản',

  'assistant.draft.fromAnswer': 'Soạn bản tin từ câu trả lời',
  'assistant.draft.fromItem': 'Soạn bản tin (trợ lý)',
  'assistant.draft.title': 'Soạn bản tin bằng trợ lý',
  'assistant.draft.minutes': 'Thời lượng (phút)',
  'assistant.draft.minutesHint':
    'Trợ lý chọn các câu của nguồn cho vừa thời lượng theo tốc độ đọc của đài. Một buổi phát dài 15 phút.',
  'assistant.draft.note':
    'Bản tin được tạo ở dạng bản nháp, mỗi câu ghi nguồn. Hãy đọc lại, sửa rồi mới tạo âm thanh và xếp vào buổi phát.',
  'assistant.draft.create': 'Soạn bản tin',
  'assistant.draft.created': 'Đã soạn bản tin dài khoảng {length} (yêu cầu {target})',

  'assistant.references.hint':
    'Văn bản trợ lý được trích dẫn (nghị quyết, chương trình, kế hoạch của cấp trên), dành cho các đơn vị thuộc phạm vi của đơn vị tải lên.',
  'assistant.references.upload': 'Tải lên văn bản',
  'assistant.references.empty': 'Chưa có văn bản tham khảo nào',
  'assistant.references.field.title': 'Tên văn bản',
  'assistant.references.field.symbol': 'Số, ký hiệu',
  'assistant.references.field.symbolPlaceholder': 'Ví dụ: 57-NQ/TW',
  'assistant.references.field.body': 'Đơn vị',
  'assistant.references.field.bodyHint': 'Các đơn vị thuộc đơn vị này được trợ lý trích dẫn văn bản',
  'assistant.references.field.file': 'Tệp văn bản',
  'assistant.references.field.fileHint': 'Word (.docx), PDF có lớp chữ hoặc văn bản (.txt)',
  'assistant.references.field.drop': 'Kéo tệp vào đây hoặc bấm để chọn',
  'assistant.references.fileRequired': 'Hãy chọn tệp văn bản',
  'assistant.references.pages': 'Số trang',
  'assistant.references.length': 'Số ký tự đọc được',
  'assistant.references.createdAt': 'Ngày tải lên',
  'assistant.references.uploaded': 'Đã tải lên; trợ lý trích dẫn được văn bản này',
  'assistant.references.delete': 'Xóa',
  'assistant.references.deleteConfirm': 'Xóa văn bản này? Trợ lý sẽ không trích dẫn nó nữa.',
  'assistant.references.deleted': 'Đã xóa văn bản',
} as const;

export const assistantEn: Record<keyof typeof assistantVi, string> = {
  'assistant.nav': 'Assistant',
  'assistant.title': 'Assistant',
  'assistant.subtitle':
    'Ask about the resolution, the plans and approved documents. Every answer is taken from a document and names its source.',
  'assistant.tab.ask': 'Questions',
  'assistant.tab.references': 'Reference documents',

  'assistant.question': 'Question',
  'assistant.questionPlaceholder':
    'For example: by 2030, what share of people should reach information through the grassroots information system?',
  'assistant.ask': 'Ask',
  'assistant.questionTooShort': 'Ask a fuller question (at least 3 characters).',
  'assistant.answer': 'Answer',
  'assistant.mode.extractive': 'Quoted word for word from the sources',
  'assistant.mode.model': 'Rephrased from the sources by the language model',
  'assistant.citation': 'Open source number {number}',
  'assistant.notFoundHelp':
    'Ask again with words the document uses (the plan’s name, a symbol such as 57-NQ/TW, the target you look for), or ask the officer in charge to upload that document under “Reference documents”.',
  'assistant.passages': 'Sources',
  'assistant.page': 'page {page}',
  'assistant.open': 'Show in the document',
  'assistant.kind.plan': 'Plan',
  'assistant.kind.library_item': 'Library',
  'assistant.kind.bulletin': 'Bulletin',
  'assistant.kind.reference': 'Reference document',

  'assistant.passage.title': 'Passage',
  'assistant.passage.before': 'Before',
  'assistant.passage.after': 'After',
  'assistant.passage.openSource': 'Open the document',
  'assistant.passage.start': 'Start of the document',
  'assistant.passage.end': 'End of the document',

  'assistant.draft.fromAnswer': 'Draft a bulletin from the answer',
  'assistant.draft.fromItem': 'Draft a bulletin (assistant)',
  'assistant.draft.title': 'Draft a bulletin with the assistant',
  'assistant.draft.minutes': 'Length (minutes)',
  'assistant.draft.minutesHint':
    'The assistant picks the source’s sentences to fit the length at the station’s reading speed. A session lasts 15 minutes.',
  'assistant.draft.note':
    'The bulletin is created as a draft, each sentence with its source. Read it and edit it before making its audio and placing it in a session.',
  'assistant.draft.create': 'Draft the bulletin',
  'assistant.draft.created': 'Bulletin drafted, about {length} long ({target} asked)',

  'assistant.references.hint':
    'Documents the assistant quotes (resolutions, programmes, plans from above), for the bodies under the uploading body.',
  'assistant.references.upload': 'Upload a document',
  'assistant.references.empty': 'No reference documents yet',
  'assistant.references.field.title': 'Title',
  'assistant.references.field.symbol': 'Number and symbol',
  'assistant.references.field.symbolPlaceholder': 'For example: 57-NQ/TW',
  'assistant.references.field.body': 'Body',
  'assistant.references.field.bodyHint': 'The bodies under this one get answers quoting the document',
  'assistant.references.field.file': 'Document file',
  'assistant.references.field.fileHint': 'Word (.docx), PDF with a text layer, or text (.txt)',
  'assistant.references.field.drop': 'Drop the file here or click to choose',
  'assistant.references.fileRequired': 'Choose the document file',
  'assistant.references.pages': 'Pages',
  'assistant.references.length': 'Characters read',
  'assistant.references.createdAt': 'Uploaded',
  'assistant.references.uploaded': 'Uploaded; the assistant can quote this document',
  'assistant.references.delete': 'Delete',
  'assistant.references.deleteConfirm': 'Delete this document? The assistant will no longer quote it.',
  'assistant.references.deleted': 'Document deleted',
} as const;

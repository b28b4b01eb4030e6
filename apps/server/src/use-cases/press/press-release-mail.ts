import type { Mail } from '../../mail/mailer.ts';

/**
 * One contact's message of a release, plain text: the release itself, the titles of the products it
 * carries, its public page (the tracked link: an article citing it is traced back to the release) and
 * the contact's own unsubscribe link, in the text and in the headers.
 */
export function pressReleaseMail(m: {
  release: { title: string; body: string; bodyName: string };
  items: readonly { title: string }[];
  contact: { name: string; email: string };
  trackedUrl: string;
  unsubscribeUrl: string;
}): Mail {
  const items = m.items.length
    ? `\n\nSản phẩm truyền thông kèm theo:\n${m.items.map((i) => `- ${i.title}`).join('\n')}`
    : '';
  return {
    to: m.contact.email,
    subject: `[Thông cáo báo chí] ${m.release.title}`,
    text: `Kính gửi ${m.contact.name},

${m.release.bodyName} trân trọng gửi thông cáo báo chí:

${m.release.title.toUpperCase()}

${m.release.body}${items}

Toàn văn thông cáo: ${m.trackedUrl}
Khi đăng tin, bài từ thông cáo này, xin dẫn đường dẫn trên.

--
Bạn nhận thư này vì đã đồng ý nhận thông cáo báo chí của ${m.release.bodyName}.
Không muốn nhận nữa? Mở đường dẫn sau rồi bấm "Hủy nhận tin": ${m.unsubscribeUrl}
`,
    unsubscribeUrl: m.unsubscribeUrl,
  };
}

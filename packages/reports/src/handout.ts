import { Packer, type Paragraph } from 'docx';
import { bodyParagraph, centred, decree30Document, heading, mm } from './decree30.ts';

/** A part of a handout: its heading (a question, a topic) and its paragraphs. */
export interface HandoutSection {
  heading: string;
  paragraphs: string[];
}

/**
 * A communication handout (tài liệu tuyên truyền, hỏi - đáp) as .docx: a bold centred title, then
 * each section's heading and paragraphs, on the page and in the type of Decree 30 documents.
 */
export async function buildHandoutDocx(title: string, sections: HandoutSection[]): Promise<Uint8Array> {
  const body: Paragraph[] = [centred(title, { bold: true }, { after: mm(4) })];
  for (const section of sections) {
    body.push(heading(section.heading));
    body.push(...section.paragraphs.map((text) => bodyParagraph(text)));
  }
  return new Uint8Array(await Packer.toBuffer(decree30Document(title, body)));
}

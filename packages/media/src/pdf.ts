// PDF: parsed for real (pdf-lib's parser, which reads every "n g obj" of the file in order and
// unpacks object streams), then every dictionary of every object is walked with its names fully
// decoded, so a script hides neither behind a name escape (/J#61vaScript, any hex case) nor inside
// a compressed object stream. Encrypted files are refused: their content cannot be inspected.
import {
  PDFArray,
  PDFDict,
  PDFName,
  type PDFObject,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFStream,
} from 'pdf-lib';
import { rejections } from './errors.ts';

/** Names whose presence means code a reader may run: script actions, launching programs, Flash. */
const ACTIVE_NAMES = new Set(['javascript', 'js', 'launch', 'richmedia']);

/** A name as a reader sees it: every #xx escape decoded, whatever the case of its hex digits. */
export function decodedName(name: PDFName): string {
  // pdf-lib decodes only upper-case escapes; the remaining ones are decoded here.
  return name
    .decodeText()
    .replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const unsafePdf = (detail: string) =>
  rejections.unsafe(
    'Tệp PDF có chứa mã lệnh (JavaScript hoặc lệnh mở chương trình) nên không được nhận. Hãy in lại tài liệu ra PDF (chức năng "In ra PDF"/"Microsoft Print to PDF") rồi tải lên.',
    detail,
  );

type Finding =
  | { kind: 'active'; name: string }
  | { kind: 'encrypted' }
  | { kind: 'objstm'; stream: PDFRawStream };

function* walk(object: PDFObject | undefined, depth = 0): Generator<Finding> {
  if (!object || depth > 64) return;
  if (object instanceof PDFName) {
    const name = decodedName(object).toLowerCase();
    if (ACTIVE_NAMES.has(name)) yield { kind: 'active', name };
  } else if (object instanceof PDFArray) {
    for (const item of object.asArray()) yield* walk(item, depth + 1);
  } else if (object instanceof PDFDict || object instanceof PDFStream) {
    const dict = object instanceof PDFStream ? object.dict : object;
    const keys = new Map<string, PDFObject>();
    for (const [key, value] of dict.entries()) {
      const name = decodedName(key);
      keys.set(name, value);
      if (ACTIVE_NAMES.has(name.toLowerCase())) yield { kind: 'active', name };
      yield* walk(value, depth + 1);
    }
    if (keys.has('Encrypt')) yield { kind: 'encrypted' };
    // An encryption dictionary of the standard handler (reached however it is referenced).
    const filter = keys.get('Filter');
    if (filter instanceof PDFName && decodedName(filter) === 'Standard' && keys.has('O') && keys.has('U'))
      yield { kind: 'encrypted' };
    // An object stream that pdf-lib did not recognise (its /Type escaped in lower-case hex).
    const type = keys.get('Type');
    if (object instanceof PDFRawStream && type instanceof PDFName && decodedName(type) === 'ObjStm')
      yield { kind: 'objstm', stream: object };
  }
}

/**
 * Refuses encrypted PDFs and PDFs with script or launch actions anywhere in their objects; a file
 * pdf-lib cannot parse at all is refused as damaged. Runs in a worker (see checks.ts).
 */
export async function checkPdfStructure(bytes: Uint8Array): Promise<void> {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF')) throw rejections.corrupt('PDF', 'no %%EOF near the end (truncated?)');
  let context: Awaited<ReturnType<PDFParser['parseDocument']>>;
  const warn = console.warn;
  // pdf-lib reports every damaged object on the console; a hostile file would flood the log.
  console.warn = () => {};
  try {
    context = await PDFParser.forBytesWithOptions(
      bytes,
      Number.POSITIVE_INFINITY,
      false,
      true,
    ).parseDocument();
  } catch (error) {
    throw rejections.corrupt('PDF', String(error), error);
  } finally {
    console.warn = warn;
  }
  if (context.trailerInfo.Encrypt) throw rejections.encrypted('PDF');
  const seen = new Set<PDFRawStream>();
  for (let pass = 0; pass < 4; pass++) {
    const unpacked: PDFRawStream[] = [];
    for (const [, object] of context.enumerateIndirectObjects()) {
      for (const finding of walk(object)) {
        if (finding.kind === 'encrypted') throw rejections.encrypted('PDF');
        if (finding.kind === 'active') throw unsafePdf(`PDF with /${finding.name}`);
        if (!seen.has(finding.stream)) unpacked.push(finding.stream);
      }
    }
    if (unpacked.length === 0) return;
    for (const stream of unpacked) {
      seen.add(stream);
      try {
        await PDFObjectStreamParser.forStream(stream).parseIntoContext();
      } catch (error) {
        // An object stream we cannot open may hold anything.
        throw rejections.corrupt('PDF', `object stream: ${String(error)}`, error);
      }
    }
  }
  throw rejections.corrupt('PDF', 'object streams nested too deep');
}

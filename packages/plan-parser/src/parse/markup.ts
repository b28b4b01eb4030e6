// Plans pasted from a web page or a converter arrive with their markup left in: HTML tags (<p>, <li>,
// <table>…) and entities (&nbsp;), or Markdown (# headings, **bold**, | tables |, escaped "1\.").
// This turns both into the plain lines the parser reads: a paragraph or list item a line, a table row
// a line of tab-separated cells (as the .docx and .pdf readers give tables).
import { decodeHTML } from 'entities';

/** Block tags whose start or end is a line break; cells end with a tab. */
const HTML_BLOCK = /<\/?(?:p|div|tr|h[1-6]|table|thead|tbody|ul|ol|section|article|blockquote)\b[^>]*>/gi;
const LOOKS_LIKE_HTML = /<\/?(?:p|br|li|ul|ol|table|tr|td|th|div|h[1-6])\b[^>]*>/i;
const ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

function htmlToLines(text: string): string {
  return (
    text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/t[dh]\s*>\s*/gi, '\t')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/li\s*>/gi, '\n')
      .replace(HTML_BLOCK, '\n')
      .replace(/<[^>]*>/g, '')
      // The tab after a row's last cell.
      .replace(/\t+[ ]*(?=\n|$)/g, '')
  );
}

/** "| TT | Nhiệm vụ |" → "TT\tNhiệm vụ"; the "|---|:-:|" rule under a header → nothing. */
function markdownTableRow(line: string): string | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null;
  const cells = line.trim().slice(1, -1).split('|');
  if (cells.every((c) => /^\s*:?-+:?\s*$/.test(c))) return '';
  return cells.map((c) => c.trim()).join('\t');
}

function markdownToLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const row = markdownTableRow(line);
      if (row !== null) return row;
      return (
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^(\s*)[*]\s+/, '$1- ')
          // ![image](address) → nothing; [text](address) → text
          .replace(/!\[[^\]\n]*\]\([^)\s]*\)/g, '')
          .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
          // A cell of a page's layout table copied one per line: "ỦY BAN NHÂN DÂN XÃ … |".
          .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
          // "1\." "\-" "\*": characters a converter escaped
          .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      );
    })
    .join('\n');
}

/** The plain text of a document that may carry HTML or Markdown; plain text passes unchanged. */
export function stripMarkup(text: string): string {
  let t = LOOKS_LIKE_HTML.test(text) ? htmlToLines(text) : text;
  if (ENTITY.test(t)) t = decodeHTML(t);
  return markdownToLines(t);
}

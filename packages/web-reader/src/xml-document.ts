import { type Document, DomHandler, type Element } from 'domhandler';
import { DomUtils, Parser } from 'htmlparser2';

// XML read with htmlparser2, which forgives what real feeds get wrong about XML's letter (an
// undeclared &nbsp;, a bare & in a link) and still builds the tree, but noticing what makes the
// tree a guess: an element closed by the parser rather than by the document (a truncated feed, or
// tags crossed as in <b><i></b></i>). Such a feed is refused as malformed instead of being read
// into wrong items.

/** A DomHandler that also notes the first element the document left unclosed or closed out of order. */
class CheckingHandler extends DomHandler {
  problem: string | null = null;
  ending = false;
  private positions: { endIndex: number | null } | null = null;
  private readonly source: string;

  constructor(source: string) {
    super(null, { xmlMode: true });
    this.source = source;
  }

  override onparserinit(parser: { startIndex: number | null; endIndex: number | null }) {
    super.onparserinit(parser);
    this.positions = parser;
  }

  override onclosetag(name?: string, implied?: boolean) {
    if (implied && this.problem === null) {
      const at = this.positions?.endIndex ?? 0;
      // htmlparser2 reports a self-closing tag (<link href="…"/>) as an implied close too; it is
      // the one whose close is the "/>" just read.
      const selfClosing = !this.ending && this.source.slice(at - 1, at + 1) === '/>';
      if (!selfClosing) {
        this.problem = this.ending
          ? `<${name}> is not closed before the end of the document`
          : `<${name}> is not closed where its parent closes (character ${at})`;
      }
    }
    super.onclosetag();
  }
}

export interface XmlDocument {
  document: Document;
  /** The document's first element. */
  root: Element | null;
  /** Why the document is not well formed; null when its elements nest properly. */
  problem: string | null;
}

export function parseXml(source: string): XmlDocument {
  const handler = new CheckingHandler(source);
  const parser = new Parser(handler, { xmlMode: true });
  parser.write(source);
  handler.ending = true;
  parser.end();
  const root = handler.root.children.find(DomUtils.isTag) ?? null;
  return { document: handler.root, root, problem: handler.problem };
}

/** An element's name without its namespace prefix, lowercased ('news:title' → 'title'). */
export function localName(element: Element): string {
  const name = element.name.toLowerCase();
  return name.slice(name.lastIndexOf(':') + 1);
}

export function childElements(element: Element): Element[] {
  return element.children.filter(DomUtils.isTag);
}

/** The first child element with this name, prefix included ('link', 'content:encoded'), any case. */
export function child(element: Element | null | undefined, name: string): Element | undefined {
  if (!element) return undefined;
  const wanted = name.toLowerCase();
  return childElements(element).find((el) => el.name.toLowerCase() === wanted);
}

/** The first child element with this local name, whatever its prefix ('news:news' for 'news'). */
export function childByLocalName(element: Element | null | undefined, name: string): Element | undefined {
  if (!element) return undefined;
  return childElements(element).find((el) => localName(el) === name);
}

/** An element's text content (CDATA included, XML entities decoded), trimmed; '' when absent. */
export function textOf(element: Element | null | undefined): string {
  return element ? DomUtils.textContent(element).trim() : '';
}

/**
 * The address if it is an http(s) web page, else null. A link a user typed is shown as a link only
 * then: a `javascript:` or `data:` address would run script in, or in place of, the app when clicked.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

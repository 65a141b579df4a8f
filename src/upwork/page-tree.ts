// A page's structure as plain data, for the copy a freelancer saves for a bug report: the content
// script takes it (this file, a few hundred bytes) and the background turns it into the sanitized
// file (sanitize-page.ts), so the content script does not carry the sanitizer.

/** Text, or an element: its tag, its attributes as they are, and its children. */
export type PageNode = string | PageElement;
export type PageElement = [tag: string, attributes: [name: string, value: string][], ...children: PageNode[]];

/** Elements left out whole: code, styles, media, embedded documents, text the parser reads raw,
 * and Scope Guard's own banner and markers. */
export const DROPPED_TAGS = new Set(
  'script style noscript template iframe object embed link meta base img picture video audio source canvas xmp noembed noframes plaintext scope-guard-root scope-guard-marker'.split(' '),
);

/** `root` and what it holds, without comments and the dropped elements. */
export function pageTree(root: Element): PageElement {
  const node: PageElement = [root.localName, Array.from(root.attributes, (a): [string, string] => [a.name, a.value])];
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 3) node.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !DROPPED_TAGS.has((child as Element).localName)) node.push(pageTree(child as Element));
  }
  return node;
}

/** Elements a page structure from a message may hold at most, and how deep they may nest. */
const MAX_NODES = 2_000_000;
const MAX_DEPTH = 2_000;

/** Is `value` a page structure as pageTree makes it (checked without recursion, within the limits)? */
export function isPageElement(value: unknown): value is PageElement {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return false;
    if (typeof node === 'string' && depth > 0) continue;
    if (!Array.isArray(node) || typeof node[0] !== 'string' || !Array.isArray(node[1])) return false;
    for (const attribute of node[1]) {
      if (!Array.isArray(attribute) || attribute.length !== 2 || typeof attribute[0] !== 'string' || typeof attribute[1] !== 'string') return false;
    }
    for (let i = 2; i < node.length; i++) stack.push([node[i], depth + 1]);
  }
  return true;
}

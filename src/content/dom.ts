// Building DOM from plain data without ever parsing HTML: attributes are set one by one and
// children are appended as nodes or text nodes.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | null | undefined> = {},
  children: Child | Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null) continue;
    if (/^on/i.test(name)) throw new Error(`Refusing to set event handler attribute ${name}`);
    if ((name === 'href' || name === 'src') && !/^https:\/\/www\.upwork\.com\//.test(value)) {
      throw new Error(`Refusing a ${name} outside https://www.upwork.com/`);
    }
    node.setAttribute(name, value);
  }
  for (const child of Array.isArray(children) ? children : [children]) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

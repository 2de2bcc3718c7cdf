/**
 * A minimal, strict XML reader for tests: elements, attributes, text and
 * CDATA; throws on anything malformed (unclosed or mismatched tags, bad
 * entities, text outside the root). Enough to parse a feed back and check
 * its structure without a dependency.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text and CDATA directly inside this element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, entity: string | undefined) => {
    if (!entity) throw new SyntaxError(`Losse & bij positie ${at}`);
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) throw new SyntaxError(`Onbekende entiteit ${whole} bij positie ${at}`);
    return value;
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new SyntaxError(`${message} (positie ${i})`);
  };
  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0) fail('Onafgesloten verwerkingsinstructie');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) fail('Onafgesloten commentaar');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0) fail('Onafgesloten CDATA');
      if (!stack.length) fail('CDATA buiten het root-element');
      stack.at(-1)!.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(source.slice(i));
      if (!match) fail('Ongeldige sluittag');
      const open = stack.pop();
      if (!open || open.name !== match![1]) fail(`Sluittag </${match![1]}> past niet bij <${open?.name ?? '(geen)'}>`);
      i += match![0].length;
    } else if (source[i] === '<') {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!match) fail('Ongeldige openingstag');
      const attributes: Record<string, string> = {};
      for (const a of match![2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attributes) fail(`Dubbel attribuut ${a[1]}`);
        attributes[a[1]!] = decode(a[2] ?? a[3] ?? '', i);
      }
      const element: XmlElement = { name: match![1]!, attributes, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(element);
      else if (root) fail('Meer dan één root-element');
      else root = element;
      if (!match![3]) stack.push(element);
      i += match![0].length;
    } else {
      const end = source.indexOf('<', i);
      const text = source.slice(i, end < 0 ? source.length : end);
      if (stack.length) stack.at(-1)!.text += decode(text, i);
      else if (text.trim()) fail('Tekst buiten het root-element');
      i = end < 0 ? source.length : end;
    }
  }
  if (stack.length) fail(`Onafgesloten element <${stack.at(-1)!.name}>`);
  if (!root) fail('Geen root-element');
  return root!;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

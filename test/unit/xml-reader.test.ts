/** The minimal XML reader the build tests use to parse feeds back (test/build/xml.ts). */
import { describe, expect, it } from 'vitest';
import { child, parseXml } from '../build/xml.ts';

describe('parseXml', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title type="html"><![CDATA[A <b>]]> &amp; B</title><link href="x?a=1&amp;b=2"/></feed>');
    expect(root.name).toBe('feed');
    expect(child(root, 'title')!.text).toBe('A <b> & B');
    expect(child(root, 'link')!.attributes.href).toBe('x?a=1&b=2');
  });

  it.each([
    ['<a><b></a></b>', 'past niet'],
    ['<a>', 'Onafgesloten element'],
    ['<a>&nbsp;</a>', 'Onbekende entiteit'],
    ['<a>x & y</a>', 'Losse &'],
    ['<a/><b/>', 'Meer dan één root-element'],
    ['<a x="1" x="2"/>', 'Dubbel attribuut'],
  ])('rejects %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

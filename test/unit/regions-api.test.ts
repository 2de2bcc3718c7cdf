/** /api/regios.json (src/lib/places/regions-api.ts): members by CBS code, null where not taken from the list. */
import { describe, expect, it } from 'vitest';
import { toRegionApiRecords } from '../../src/lib/places/regions-api.ts';

describe('toRegionApiRecords', () => {
  const municipalities = [
    { id: 'aagemeente', name: 'Aagemeente', cbsCode: 'GM9001' },
    { id: 'beegemeente', name: 'Beegemeente' },
  ];

  it('lists the members in the region order with their code, or null, and their API address', () => {
    const [region] = toRegionApiRecords([{ id: 'voorbeeldregio', name: 'Voorbeeldregio', municipalities: ['beegemeente', 'aagemeente'] }], municipalities, 'https://inkoopwijzer.test/');
    expect(region).toEqual({
      id: 'voorbeeldregio',
      name: 'Voorbeeldregio',
      url: 'https://inkoopwijzer.test/regios/voorbeeldregio/',
      members: [
        { id: 'beegemeente', name: 'Beegemeente', cbsCode: null, api: 'https://inkoopwijzer.test/api/gemeenten/beegemeente.json' },
        { id: 'aagemeente', name: 'Aagemeente', cbsCode: 'GM9001', api: 'https://inkoopwijzer.test/api/gemeenten/aagemeente.json' },
      ],
    });
  });

  it('names the region and the unknown municipality instead of writing an empty member', () => {
    expect(() => toRegionApiRecords([{ id: 'r', name: 'R', municipalities: ['onbekend'] }], municipalities, 'https://inkoopwijzer.test/')).toThrow("Regio r noemt gemeente 'onbekend', die niet bestaat");
  });
});

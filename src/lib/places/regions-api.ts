/**
 * Regions as open data (/api/regios.json): each region with its member municipalities and their CBS
 * gemeentecode, so reusers can join our data with CBS and TenderNed data by code.
 */
export interface RegionApiRecord {
  id: string;
  name: string;
  url: string;
  members: { id: string; name: string; cbsCode: string | null; api: string }[];
}

export function toRegionApiRecords(
  regions: readonly { id: string; name: string; municipalities: readonly string[] }[],
  municipalities: readonly { id: string; name: string; cbsCode?: string }[],
  siteUrl: string,
): RegionApiRecord[] {
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  return regions.map((r) => ({
    id: r.id,
    name: r.name,
    url: new URL(`/regios/${r.id}/`, siteUrl).href,
    members: r.municipalities.map((id) => {
      const m = byId.get(id);
      if (!m) throw new Error(`Regio ${r.id} noemt gemeente '${id}', die niet bestaat`);
      return { id, name: m.name, cbsCode: m.cbsCode ?? null, api: new URL(`/api/gemeenten/${id}.json`, siteUrl).href };
    }),
  }));
}

/** Main navigation. Add an item here when its section exists. */
export interface NavItem {
  href: string;
  label: string;
}

export const mainNavigation: NavItem[] = [
  { href: '/kaders/', label: 'Kaders' },
  { href: '/planning/', label: 'Planning' },
  { href: '/percelen/', label: 'Percelen' },
  { href: '/vergelijk/', label: 'Vergelijken' },
  { href: '/rekenhulpen/', label: 'Rekenhulpen' },
  { href: '/begrippen/', label: 'Begrippen' },
  { href: '/zoeken/', label: 'Zoeken' },
];

export const footerNavigation: NavItem[] = [
  { href: '/over/', label: 'Over Inkoopwijzer' },
  { href: '/wijzigingen/', label: 'Wijzigingen' },
  { href: '/open-data/', label: 'Open data' },
  { href: '/toegankelijkheid/', label: 'Toegankelijkheid' },
  { href: '/privacy/', label: 'Privacy' },
];

/** Whether `href` is the current section of `path` (for aria-current). */
export function isCurrentSection(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}

/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files; Astro's own language tools type them.
// This declaration lets TypeScript modules import components for the MDX map.
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}

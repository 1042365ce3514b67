/** Made at build time by scripts/printables/vite-plugin.ts. */
declare module 'virtual:pb-printables' {
  import type { PrintableLink } from '../components/pb-kit-home/printable-link';
  export const printables: readonly PrintableLink[];
  /** The countries of content/help-resources.json (ISO codes), in its order. */
  export const helpCountries: readonly string[];
}

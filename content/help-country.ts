/**
 * The country whose help services the kit shows when a session names none: Belgium, where Child Focus and its
 * Payboy messages come from. Its own module, so that the join page's help card knows it before it loads the
 * help data (ADR 0007).
 */
export const DEFAULT_HELP_COUNTRY = 'BE';

/**
 * Why this phone's last try to join did not get it in, kept on the phone (localStorage, never sent) so that the
 * network check (`/network`) can say it: the join page writes it, the check page reads it. Nothing else is kept.
 */
export const JOIN_TROUBLES = [
  'not_found',
  'rate_limited',
  'too_many_attempts',
  'too_many_connections',
  'full',
] as const;
export type JoinTrouble = (typeof JOIN_TROUBLES)[number];

const KEY = 'pb-join-trouble';

/** Records the trouble, or (undefined) that the phone got in. Storage disabled: nothing to say later. */
export function noteJoinTrouble(store: Storage | undefined, trouble: JoinTrouble | undefined): void {
  try {
    if (trouble === undefined) store?.removeItem(KEY);
    else store?.setItem(KEY, trouble);
  } catch {
    // private mode or full storage: the check page simply has nothing to add
  }
}

export function lastJoinTrouble(store: Storage | undefined): JoinTrouble | undefined {
  try {
    const value = store?.getItem(KEY);
    return (JOIN_TROUBLES as readonly (string | null | undefined)[]).includes(value)
      ? (value as JoinTrouble)
      : undefined;
  } catch {
    return undefined;
  }
}

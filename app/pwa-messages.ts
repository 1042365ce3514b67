/** The messages a kit page and the waiting service worker exchange about an update (app/pwa.ts, app/sw.ts). */

/** Page → waiting worker: take over now if this page is the kit's only one. */
export const APPLY_UPDATE = 'pb:apply-update';
/** Waiting worker → page: other pages of the kit are open, the update waits for the next load. */
export const UPDATE_DEFERRED = 'pb:update-deferred';

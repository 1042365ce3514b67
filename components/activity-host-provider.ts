// The page's side of the activity host, apart from the elements' side: a page without a provider (the students'
// join page, whose help card only consumes) then carries none of the provider's code.
import { ContextProvider } from '@lit/context';
import type { ActivityHost } from './activity-host';
import { activityHostContext } from './activity-host-controller';

/**
 * Provides `host` to the activities that connect below `root` afterwards (the page provides it before its
 * slides exist). `root` need not be a Lit element: the provider answers their requests as they bubble up.
 */
export function provideActivityHost(root: HTMLElement, host: ActivityHost): void {
  new ContextProvider(root, { context: activityHostContext, initialValue: host });
}

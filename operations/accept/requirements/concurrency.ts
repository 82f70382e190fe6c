/**
 * Requirements of several agents accepting at once.
 */

import { PAGES } from '../../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../../helpers/judges/catalogue/requirement.ts';

export const CONCURRENCY_REQUIREMENTS = [
  {
    id: 'ACCEPT-CONC-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: /v2/me/... topics carry the user's own notifications`,
    url: PAGES.notifications.url,
    text: 'Several agents accepting at once each receive the complete sequence for their own chat and nothing of the others.',
  },
] as const satisfies readonly Requirement[];

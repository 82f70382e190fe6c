/**
 * Requirements of the parameters scenario: every documented optional parameter with each documented
 * value, and values at the boundary of what the docs allow.
 */

import { PAGES } from '../../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../../helpers/judges/catalogue/requirement.ts';

const SEED = PAGES.accept.title;

export const PARAMS_REQUIREMENTS = [
  {
    id: 'ACCEPT-PARAM-01',
    level: 'MUST',
    status: 'documented',
    source: `${SEED}: saveLAR is optional, its possible values are true or false`,
    url: PAGES.accept.url,
    text: 'Accept with saveLAR true, and with saveLAR false, accepts the chat like any Accept: statusCode 0 and the three notifications.',
  },
  {
    id: 'ACCEPT-PARAM-02',
    level: 'SHOULD',
    status: 'documented',
    source: `${SEED}: "The agent nickname, as displayed to the customer"; JSON text is Unicode (RFC 8259)`,
    url: PAGES.accept.url,
    text: 'A nickname with non-ASCII characters is shown exactly as sent, in ParticipantsUpdated and in the history.',
  },
] as const satisfies readonly Requirement[];

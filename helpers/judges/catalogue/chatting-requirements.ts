/**
 * The requirements every operation on a chat the agent is Chatting in has, declared by its kind (the
 * entry and the userData operations), written once: its refusals and its answer. The refusal
 * requirements, written once for every
 * such operation declared by its kind (the entry and the userData operations): refused in an unknown
 * chat id (ERR-01) and in a chat only offered (ERR-02), nothing changed by a refusal (ERR-03), refused
 * without its required parameter (ERR-04, where it has one), and the statusCode of the reason (CODE-01).
 */
import type { OperationDecl } from '../../contract/operation.ts';
import { FACT_SHEET, PAGES } from './pages.ts';
import type { Requirement } from './requirement.ts';

export type RefusalId<P extends string> = `${P}-ERR-0${1 | 2 | 3 | 4}` | `${P}-CODE-01`;

/** `param`: the required parameter and what it is (undefined: none). */
export function refusalRequirements<const P extends string>(
  decl: OperationDecl & { prefix: P },
  param?: { name: string; is: string },
): (Requirement & { id: RefusalId<P> })[] {
  const n = decl.name;
  const page = decl.doc.title;
  const values = PAGES.returnValues;
  const r = (s: string, level: 'MUST' | 'SHOULD', source: string, text: string, url: string) => ({
    id: `${decl.prefix}-${s}` as RefusalId<P>,
    level,
    status: 'documented' as const,
    source,
    url,
    text,
  });
  return [
    r(
      'ERR-01',
      'MUST',
      `${values.title}: a failed request answers a non-zero statusCode`,
      `${n} in an unknown chat id is refused with a non-zero statusCode.`,
      values.url,
    ),
    r(
      'ERR-02',
      'MUST',
      `${page}: in a chat the agent is Chatting in; ${FACT_SHEET} §4.3: an offer's capabilities are Accept and Reject`,
      `${n} in a chat only offered to the agent (not accepted) is refused with a non-zero statusCode.`,
      decl.doc.url,
    ),
    r(
      'ERR-03',
      'MUST',
      `${values.title}: a failed request changes nothing`,
      `A refused ${n} changes nothing: no notification about the chat, and the chat as it was.`,
      values.url,
    ),
    ...(param
      ? [
          r(
            'ERR-04',
            'MUST',
            `${page}: ${param.name} is ${param.is}; ${values.title}: a required parameter missing`,
            `${n} without ${param.name} is refused with a non-zero statusCode.`,
            values.url,
          ),
        ]
      : []),
    r(
      'CODE-01',
      'SHOULD',
      `${values.title}: the meaning of each statusCode`,
      `The statusCode of a refused ${n} is one whose meaning the Return Values table gives the refusal's reason.`,
      values.url,
    ),
  ];
}

/**
 * The requirement each error case of such an operation decides, from its declared cases: an unknown
 * chat id ERR-01, a chat only offered ERR-02, its required parameter missing (`missing-<param>`) ERR-04.
 */
export function refusalCases<const P extends string>(decl: OperationDecl & { prefix: P }): Record<string, RefusalId<P>> {
  const idOf = (name: string): RefusalId<P> => {
    if (name === 'unknown-id') return `${decl.prefix}-ERR-01`;
    if (name === 'offered') return `${decl.prefix}-ERR-02`;
    if (name.startsWith('missing-')) return `${decl.prefix}-ERR-04`;
    throw new Error(`${decl.name}: no refusal requirement decides the error case ${name}`);
  };
  return Object.fromEntries(decl.errors.map((e) => [e.name, idOf(e.name)]));
}

/**
 * The answer and channel requirements of such an operation, written once: HTTP 200 (HTTP-01), the
 * sample's {"statusCode": 0} (RESP-01), its notification on /v2/me/chats (CHANNEL-01).
 */
export function answerRequirements<const P extends string>(decl: OperationDecl & { prefix: P }) {
  const n = decl.name;
  const page = decl.doc.title;
  const r = <S extends string>(s: S, source: string, text: string, url = decl.doc.url) => ({
    id: `${decl.prefix}-${s}` as const,
    level: 'MUST' as const,
    status: 'documented' as const,
    source,
    url,
    text,
  });
  return {
    http: r(
      'HTTP-01',
      `${page}: response; ${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200`,
      `${n} in a chat the agent is Chatting in answers HTTP 200.`,
    ),
    resp: r(
      'RESP-01',
      `${page}: the response {"statusCode": 0}; ${PAGES.returnValues.title}: 0 is success`,
      `The answer to ${n} is {"statusCode": 0}.`,
    ),
    channel: r(
      'CHANNEL-01',
      `${PAGES.notifications.title}: chat notifications on /v2/me/chats; ${page}: notification`,
      `The notification of ${n} arrives on the channel /v2/me/chats.`,
      PAGES.notifications.url,
    ),
  };
}

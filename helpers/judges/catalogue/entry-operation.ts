/**
 * The requirements of an operation that adds one entry to the chat's transcript and nothing else (the
 * typing notices, a URL, a notice), derived from its declaration: the answer, its one MessageLogUpdated
 * and the entry it carries (type, the fields it has none of, sender, visibility, index, time), what the
 * customer reads, and its two refusals (an unknown chat id, a chat only offered). Where such an
 * operation's page says more, its own catalogue adds to these. The text of these requirements lives
 * here only, written once for every such operation.
 */
import { declaredEntry, entryErrorCases, type OperationDecl } from '../../contract/operation.ts';
import { answerRequirements, refusalRequirements } from './chatting-requirements.ts';
import { FACT_SHEET, PAGES } from './pages.ts';
import type { Requirement } from './requirement.ts';

/** The IDs of an entry operation's requirements, `P` its prefix: a misspelled one does not compile. */
export type EntryOperationId<P extends string> =
  | `${P}-${'HTTP' | 'RESP' | 'SEQ' | 'CHANNEL' | 'SCHEMA' | 'CHAT' | 'ENTRY' | 'ECHO' | 'NOTEXT' | 'FROM' | 'VIS' | 'INDEX' | 'TIME' | 'QUIET' | 'CUSTOMER' | 'CODE'}-01`
  | `${P}-ERR-0${1 | 2 | 3 | 4}`;

export type EntryRequirement<P extends string> = Requirement & { id: EntryOperationId<P> };

/** Every entry's index continues the chat's transcript (SendMessage's catalogue states it too, from here). */
export function entryIndexRequirement<const P extends string>(decl: OperationDecl & { prefix: P }): Requirement & { id: `${P}-INDEX-01` } {
  return {
    id: `${decl.prefix}-INDEX-01`,
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.sendMessage.title}: index, the entry's position in the transcript (${FACT_SHEET} §6.2: gaps are seen, entries the agent cannot see)`,
    url: PAGES.sendMessage.url,
    text: "The entry's index continues the chat's transcript: an integer above every index the agent was sent before (gaps allowed).",
  };
}

/** Every entry's time never goes back (SendMessage's catalogue states it too, from here). */
export function entryTimeRequirement<const P extends string>(decl: OperationDecl & { prefix: P }): Requirement & { id: `${P}-TIME-01` } {
  return {
    id: `${decl.prefix}-TIME-01`,
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.sendMessage.title}: timestamp, the time of the entry (${FACT_SHEET} §6.2)`,
    url: PAGES.sendMessage.url,
    text: "The entry's timestamp is not before that of any entry the agent was sent before.",
  };
}

export function entryOperationCatalogue<const P extends string>(decl: OperationDecl & { prefix: P }): readonly EntryRequirement<P>[] {
  const entry = declaredEntry(decl);
  const cases = decl.errors.map((e) => e.name);
  const expected = entryErrorCases(decl);
  if (cases.join() !== expected.join())
    throw new Error(`${decl.name}: an entry operation declares the error cases ${expected.join(', ')}, in that order`);
  if (entry.echoes.length > 1) throw new Error(`${decl.name}: an entry operation echoes at most one parameter`);
  const echo = entry.echoes[0];
  const page = decl.doc.title;
  const url = decl.doc.url;
  const id = <S extends string>(s: S) => `${decl.prefix}-${s}` as const;
  const n = decl.name;
  const r = (
    s: Parameters<typeof id>[0] & string,
    level: 'MUST' | 'SHOULD',
    status: 'documented' | 'shown',
    source: string,
    text: string,
    at = url,
  ): EntryRequirement<P> => ({ id: id(s) as EntryOperationId<P>, level, status, source, url: at, text });
  const answer = answerRequirements(decl);
  const out: EntryRequirement<P>[] = [
    answer.http as EntryRequirement<P>,
    answer.resp as EntryRequirement<P>,
    r(
      'SEQ-01',
      'MUST',
      'documented',
      `${page}: notification (MessageLogUpdated, NewMessages; ${FACT_SHEET} §5)`,
      `After ${n}, exactly one MessageLogUpdated NewMessages arrives for the chat.`,
    ),
    answer.channel as EntryRequirement<P>,
    r(
      'SCHEMA-01',
      'MUST',
      'documented',
      `${page}: notification; ${FACT_SHEET} §6.2: the MessageLogUpdated and its entries`,
      `The MessageLogUpdated of ${n} is a documented MessageLogUpdated, its entry a documented transcript entry.`,
    ),
    r(
      'CHAT-01',
      'MUST',
      'documented',
      `${page}: the notification's chatUri is the chat's (${FACT_SHEET} §6.2)`,
      `The MessageLogUpdated of ${n} names the chat it was sent in.`,
    ),
    r(
      'ENTRY-01',
      'MUST',
      'documented',
      `${page}: the notification carries one entry of type ${entry.type} (${FACT_SHEET} §5)`,
      `The MessageLogUpdated of ${n} carries one entry, of type ${entry.type}.`,
    ),
  ];
  if (echo)
    out.push(
      r(
        'ECHO-01',
        'MUST',
        'documented',
        `${page}: ${echo.param}, the value to send; the sample's entry carries it as ${echo.field}`,
        `The entry's ${echo.field} is the ${echo.param} sent, exactly: nothing escaped, re-encoded or trimmed.`,
      ),
    );
  if (entry.without.length > 0)
    out.push(
      r(
        'NOTEXT-01',
        'SHOULD',
        'documented',
        `${page}: the entry has no ${entry.without.join(', ')} (${FACT_SHEET} §5)`,
        `The entry of ${n} carries no ${entry.without.join(', ')}.`,
      ),
    );
  out.push(
    r(
      'FROM-01',
      'MUST',
      'documented',
      `${page}: the agent sends it; ${FACT_SHEET} §6.2: an entry's from is its sender`,
      entry.from === 'the agent'
        ? `The entry is from the agent's participant in the chat: type Agent, the nickname it accepted with, a participantId it was known by.`
        : `The entry is from the agent's participant in the chat: type Agent, a participantId it was known by, the nickname it accepted with or the new one it announces (the sample shows the new one).`,
    ),
    r(
      'VIS-01',
      'SHOULD',
      'documented',
      `${page}: visibility ${entry.visibility} (${FACT_SHEET} §5)`,
      `The entry of ${n} has visibility ${entry.visibility}.`,
    ),
    entryIndexRequirement(decl),
    entryTimeRequirement(decl),
    r(
      'QUIET-01',
      'SHOULD',
      'documented',
      `${page}: one notification follows`,
      `Nothing but the MessageLogUpdated arrives about the chat after ${n}.`,
    ),
    r(
      'CUSTOMER-01',
      'MUST',
      'documented',
      `${page}: visibility ${entry.visibility}; ${PAGES.gmsChat.title}: refresh returns the transcript`,
      entry.customer === 'sees it'
        ? `The customer's GMS transcript shows the ${entry.type} entry once, from the agent.`
        : `The customer's GMS transcript never shows the ${entry.type} entry.`,
      PAGES.gmsChat.url,
    ),
    ...refusalRequirements(decl, echo ? { name: echo.param, is: 'the value to send' } : undefined),
  );
  return out;
}

/**
 * Checks of the chat history MessageLogUpdated carries: complete, indexed, up to the agent's join.
 */
import { gwsTimestampToEpochMs } from '../../../helpers/contract/timestamp.ts';
import { json } from '../../../helpers/judges/check.ts';
import { type EntryLike, messagesOf, type Notification, single } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptId, notApplicable, notJudged, verdictOf } from '../judging.ts';
import { type AcceptView, perAcceptor } from '../view.ts';

function logOf(v: AcceptView): { n: Notification; messages: EntryLike[] } | undefined {
  const n = single(v, 'MessageLogUpdated');
  const messages = messagesOf(n);
  return n && messages ? { n, messages } : undefined;
}

const none = (id: AcceptId) => notJudged(id, 'no MessageLogUpdated with messages arrived (see ACCEPT-SEQ-03)');
const entry = (m: EntryLike) =>
  `${String(m.index)} ${String(m.type)} ${String(m.from?.type)}:${String(m.from?.nickname)}${m.text !== undefined ? ` "${String(m.text)}"` : ''}`;

export const historyHasCustomerMessages: AcceptCheck = {
  requirement: 'ACCEPT-LOG-01',
  does: "looks for the customer's join and messages in the history",
  run: perAcceptor((v, ctx) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-01')];
    const msgs = found.messages;
    const expected = ['ParticipantJoined Customer', ...ctx.scenario.customerMessages.map((m) => `Text Customer "${m}"`)];
    const joined = msgs.some((m) => m.type === 'ParticipantJoined' && m.from?.type === 'Customer');
    const texts = msgs.filter((m) => m.type === 'Text' && m.from?.type === 'Customer').map((m) => m.text);
    let cursor = 0;
    for (const t of texts) if (t === ctx.scenario.customerMessages[cursor]) cursor++;
    const ok = joined && cursor === ctx.scenario.customerMessages.length;
    return [
      verdictOf('ACCEPT-LOG-01', ok, expected.join(', '), msgs.map(entry).join('; '), {
        evidence: [found.n.index],
        table: { expected, observed: msgs.map(entry) },
      }),
    ];
  }),
};

export const historyIndicesIncrease: AcceptCheck = {
  requirement: 'ACCEPT-LOG-02',
  does: 'reads the history indices in order',
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-02')];
    const idx = found.messages.map((m) => m.index);
    const ok = idx.every((x, i) => typeof x === 'number' && (i === 0 || x > (idx[i - 1] as number)));
    return [verdictOf('ACCEPT-LOG-02', ok, 'unique, increasing indices', json(idx), { evidence: [found.n.index] })];
  }),
};

export const historyIndicesFromOne: AcceptCheck = {
  requirement: 'ACCEPT-LOG-03',
  does: 'reads the lowest history index',
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-03')];
    const idx = found.messages.map((m) => m.index).filter((x): x is number => typeof x === 'number');
    const low = idx.filter((x) => x < 1);
    return [verdictOf('ACCEPT-LOG-03', low.length === 0, 'indices from 1', json(idx), { evidence: [found.n.index] })];
  }),
};

export const historyEndsWithAgentJoin: AcceptCheck = {
  requirement: 'ACCEPT-LOG-04',
  does: "reads the last history entry: the agent's ParticipantJoined",
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-04')];
    // The agent may have joined before (join, leave, join: seed); the history runs up to this join.
    const last = found.messages[found.messages.length - 1];
    const ok = !!last && last.type === 'ParticipantJoined' && last.from?.type === 'Agent' && last.from?.nickname === v.nickname;
    return [
      verdictOf(
        'ACCEPT-LOG-04',
        ok,
        `last entry: ParticipantJoined of Agent ${json(v.nickname)}`,
        last ? `last entry: ${entry(last)}` : 'no entries',
        { evidence: [found.n.index] },
      ),
    ];
  }),
};

export const historyTimestampsForward: AcceptCheck = {
  requirement: 'ACCEPT-LOG-05',
  does: 'reads the history timestamps in index order',
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-05')];
    // Timestamps that are not of a documented form are ACCEPT-SCHEMA-01's business: left out here.
    const times = found.messages
      .map((m) => ({ m, at: typeof m.timestamp === 'string' ? gwsTimestampToEpochMs(m.timestamp) : null }))
      .filter((x): x is { m: EntryLike; at: number } => x.at !== null);
    if (times.length < 2) return [notJudged('ACCEPT-LOG-05', 'fewer than two entries carry a readable timestamp')];
    const back = times.filter((x, i) => i > 0 && x.at < times[i - 1].at);
    return [
      verdictOf(
        'ACCEPT-LOG-05',
        back.length === 0,
        'timestamps that never go backwards',
        back.length === 0
          ? `${times.length} in order`
          : back.map((x) => `entry ${String(x.m.index)} at ${String(x.m.timestamp)}, before the entry above it`).join('; '),
        { evidence: [found.n.index] },
      ),
    ];
  }),
};

export const timestampSecondsIsTheInstant: AcceptCheck = {
  requirement: 'ACCEPT-LOG-06',
  does: 'compares timestampSeconds with timestamp in each history entry that carries both',
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-06')];
    const both = found.messages.filter(
      (m): m is EntryLike & { timestamp: string; timestampSeconds: number } =>
        typeof m.timestampSeconds === 'number' && typeof m.timestamp === 'string',
    );
    if (both.length === 0) return [notApplicable('ACCEPT-LOG-06', 'no history entry carries timestampSeconds (an optional field)')];
    const wrong = both.filter((m) => gwsTimestampToEpochMs(m.timestamp) !== m.timestampSeconds);
    return [
      verdictOf(
        'ACCEPT-LOG-06',
        wrong.length === 0,
        'timestampSeconds = the instant of timestamp, in epoch milliseconds',
        wrong.length === 0
          ? `${both.length} entries agree`
          : wrong.map((m) => `entry ${String(m.index)}: ${m.timestamp} vs ${m.timestampSeconds}`).join('; '),
        { evidence: [found.n.index] },
      ),
    ];
  }),
};

export const historyVisibleToAll: AcceptCheck = {
  requirement: 'ACCEPT-LOG-07',
  does: "reads the visibility of the customer's entries and of the agent's join",
  run: perAcceptor((v) => {
    const found = logOf(v);
    if (!found) return [none('ACCEPT-LOG-07')];
    const msgs = found.messages;
    const last = msgs[msgs.length - 1];
    const judged = msgs.filter(
      (m) =>
        (m.from?.type === 'Customer' && (m.type === 'ParticipantJoined' || m.type === 'Text')) ||
        (m === last && m.type === 'ParticipantJoined'),
    );
    if (judged.length === 0) return [notJudged('ACCEPT-LOG-07', 'the history holds no join or message to read (see ACCEPT-LOG-01)')];
    const hidden = judged.filter((m) => m.visibility !== 'All');
    return [
      verdictOf(
        'ACCEPT-LOG-07',
        hidden.length === 0,
        'visibility All',
        hidden.length === 0
          ? `all ${judged.length} visible to all`
          : hidden.map((m) => `entry ${String(m.index)} ${String(m.type)}: ${json(m.visibility)}`).join('; '),
        { evidence: [found.n.index] },
      ),
    ];
  }),
};

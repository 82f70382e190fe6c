/**
 * Checks of the chat the notifications describe: its state, capabilities, referenceIds, id and URI.
 */

import { COMMON_CHATTING_CAPABILITIES, SEED_CHATTING_CAPABILITIES } from '../../../helpers/contract/capabilities.ts';
import type { Finding } from '../../../helpers/contract/generated/payloads.ts';
import { json } from '../../../helpers/judges/check.ts';
import { capabilitiesOf, chatOf, isObject, isOffer, label, lastSegment, single } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

export const stateIsChatting: AcceptCheck = {
  requirement: 'ACCEPT-STATE-01',
  does: 'reads chat.state of every ChatStateChangeMessage for the accepted chat',
  run: perAcceptor((v) => {
    const snaps = v.ofChat.filter((n) => n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated');
    if (snaps.length === 0) return [notJudged('ACCEPT-STATE-01', 'no StatusChange or ParticipantsUpdated arrived')];
    const wrong = snaps.filter((n) => chatOf(n).state !== 'Chatting');
    return [
      verdictOf('ACCEPT-STATE-01', wrong.length === 0, 'state Chatting', snaps.map(label).join('; '), {
        evidence: wrong.map((n) => n.index),
      }),
    ];
  }),
};

export const chattingCapabilities: AcceptCheck = {
  requirement: 'ACCEPT-CAPS-01',
  does: 'reads the capabilities of the Chatting snapshots',
  run: perAcceptor((v) => {
    const snaps = v.ofChat.filter((n) => (n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated') && chatOf(n).state === 'Chatting');
    if (snaps.length === 0) return [notJudged('ACCEPT-CAPS-01', 'no Chatting snapshot arrived')];
    const out: Finding[] = [];
    const missing = new Set<string>();
    const extra = new Set<string>();
    for (const n of snaps) {
      const caps = capabilitiesOf(n);
      for (const c of COMMON_CHATTING_CAPABILITIES) if (!caps.includes(c)) missing.add(c);
      for (const c of caps) if (!(SEED_CHATTING_CAPABILITIES as readonly unknown[]).includes(c)) extra.add(String(c));
    }
    out.push(
      verdictOf(
        'ACCEPT-CAPS-01',
        missing.size === 0,
        `capabilities include ${COMMON_CHATTING_CAPABILITIES.join(', ')}`,
        missing.size === 0 ? 'all present' : `missing ${[...missing].join(', ')}`,
      ),
    );
    if (extra.size > 0)
      out.push({
        requirement: 'ACCEPT-CAPS-01',
        verdict: 'INFO',
        expected: `the seed's list (${SEED_CHATTING_CAPABILITIES.join(', ')})`,
        observed: `also ${[...extra].join(', ')}`,
      });
    return out;
  }),
};

export const noAcceptOrRejectCapability: AcceptCheck = {
  requirement: 'ACCEPT-CAPS-02',
  does: 'looks for Accept and Reject among the capabilities after Accept',
  run: perAcceptor((v) => {
    const snaps = v.ofChat.filter((n) => n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated');
    if (snaps.length === 0) return [notJudged('ACCEPT-CAPS-02', 'no StatusChange or ParticipantsUpdated arrived')];
    const kept = snaps.filter((n) => capabilitiesOf(n).some((c) => c === 'Accept' || c === 'Reject'));
    return [
      verdictOf(
        'ACCEPT-CAPS-02',
        kept.length === 0,
        'no Accept or Reject capability',
        kept.length === 0 ? 'none offered' : kept.map((n) => `event ${n.index}: ${json(chatOf(n).capabilities)}`).join('; '),
      ),
    ];
  }),
};

export const statusChangeHasReferenceId: AcceptCheck = {
  requirement: 'ACCEPT-REFID-01',
  does: 'reads referenceId on the StatusChange',
  run: perAcceptor((v) => {
    const sc = single(v, 'StatusChange');
    if (!sc) return [notJudged('ACCEPT-REFID-01', 'no StatusChange arrived (see ACCEPT-SEQ-01)')];
    const ref = isObject(sc.data) ? sc.data.referenceId : undefined;
    return [verdictOf('ACCEPT-REFID-01', Number.isInteger(ref), 'an integer referenceId', json(ref), { evidence: [sc.index] })];
  }),
};

export const oneReferenceId: AcceptCheck = {
  requirement: 'ACCEPT-REFID-02',
  does: 'compares the referenceIds of the response and the notifications',
  run: perAcceptor((v) => {
    const seen: string[] = [];
    const values = new Set<string>();
    const body = v.accept?.response?.body;
    if (isObject(body) && body.referenceId !== undefined) {
      values.add(json(body.referenceId));
      seen.push(`response ${json(body.referenceId)}`);
    }
    for (const n of v.ofChat) {
      if (n.kind !== 'StatusChange' && n.kind !== 'ParticipantsUpdated') continue;
      const ref = isObject(n.data) ? n.data.referenceId : undefined;
      if (ref === undefined) continue;
      values.add(json(ref));
      seen.push(`${n.kind} ${json(ref)}`);
    }
    if (values.size === 0) return [notJudged('ACCEPT-REFID-02', 'no referenceId to compare (see ACCEPT-REFID-01)')];
    return [verdictOf('ACCEPT-REFID-02', values.size === 1, 'one referenceId for the whole Accept', seen.join(', '))];
  }),
};

export const namesAcceptedChat: AcceptCheck = {
  requirement: 'ACCEPT-CHAT-01',
  does: 'reads the chat each notification names',
  run: perAcceptor((v, ctx) => {
    // Offers of new chats, and other agents' chats (ACCEPT-CONC-01's business), are not this check's.
    const otherChats = Object.entries(ctx.scenario.chats)
      .filter(([a]) => a !== v.actor)
      .map(([, c]) => c);
    const relevant = v.notifications.filter(
      (n) => n.kind !== 'other' && !isOffer(n) && !(n.chatId !== undefined && otherChats.includes(n.chatId)),
    );
    if (relevant.length === 0) return [notJudged('ACCEPT-CHAT-01', 'no notification arrived')];
    const wrong: string[] = [];
    for (const n of relevant) {
      const d = n.data as Record<string, unknown>;
      if (n.kind === 'MessageLogUpdated') {
        if (lastSegment(d.chatUri) !== v.chatId) wrong.push(`event ${n.index}: chatUri ${json(d.chatUri)}`);
        if (d.chatPath !== undefined && d.chatPath !== `/chats/${v.chatId}`) wrong.push(`event ${n.index}: chatPath ${json(d.chatPath)}`);
      } else {
        const c = chatOf(n);
        if (c.id !== v.chatId) wrong.push(`event ${n.index}: chat.id ${json(c.id)}`);
        if (lastSegment(c.uri) !== v.chatId) wrong.push(`event ${n.index}: chat.uri ${json(c.uri)}`);
      }
    }
    return [
      verdictOf(
        'ACCEPT-CHAT-01',
        wrong.length === 0,
        `chat ${v.chatId} (chat.id; chat.uri and chatUri ending /chats/${v.chatId})`,
        wrong.length === 0 ? `all ${relevant.length} name it` : wrong.join('; '),
      ),
    ];
  }),
};

export const absoluteChatUri: AcceptCheck = {
  requirement: 'ACCEPT-URI-01',
  does: 'checks that chat.uri and chatUri are absolute chat resource URIs',
  run: perAcceptor((v) => {
    const uris: { index: number; uri: unknown }[] = [];
    for (const n of v.ofChat) {
      const d = n.data as Record<string, unknown>;
      if (n.kind === 'MessageLogUpdated') uris.push({ index: n.index, uri: d.chatUri });
      else if (n.kind !== 'other') uris.push({ index: n.index, uri: chatOf(n).uri });
    }
    if (uris.length === 0) return [notJudged('ACCEPT-URI-01', 'no notification arrived')];
    const wrong = uris.filter(({ uri }) => {
      if (typeof uri !== 'string') return true;
      try {
        const u = new URL(uri);
        return !/^https?:$/.test(u.protocol) || !/\/chats\/[^/]+$/.test(u.pathname) || /\/me\/chats\//.test(u.pathname);
      } catch {
        return true;
      }
    });
    return [
      verdictOf(
        'ACCEPT-URI-01',
        wrong.length === 0,
        'absolute http(s) URI …/chats/{id}, not …/me/chats/{id}',
        wrong.length === 0 ? json(uris[0].uri) : wrong.map((w) => `event ${w.index}: ${json(w.uri)}`).join('; '),
      ),
    ];
  }),
};

/**
 * The customer side: GMS Chat API v2 (S26), form-encoded. Starts a chat the way a real deployment
 * does, so routing offers it to an agent. userId and secureKey are registered as secrets: they never
 * reach a transcript, log or report.
 */
import type { GmsChatResponse } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { redact, registerSecret } from '../evidence/redact.ts';
import type { TranscriptRecorder } from '../evidence/transcript.ts';
import { answeredJson, whatAnswered } from './failure.ts';
import { recordedFetch } from './recorded-fetch.ts';

export interface GmsChat {
  chatId: string;
  userId: string;
  secureKey: string;
  alias: string;
  nextPosition: number;
}

export interface StartChat {
  nickname: string;
  subject?: string;
  userData?: Record<string, string>;
}

export class GmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'GmsError';
  }
}

export class GmsClient {
  constructor(
    /** e.g. http://host:8080/genesys/2/chat */
    readonly gmsBase: string,
    readonly service: string,
    private readonly recorder?: TranscriptRecorder,
    readonly actor = 'customer',
    readonly timeoutMs = 15_000,
  ) {}

  private async post(path: string, form: Record<string, string>): Promise<GmsChatResponse> {
    const url = `${this.gmsBase.replace(/\/$/, '')}/${encodeURIComponent(this.service)}${path}`;
    const answer = await recordedFetch(this.recorder, {
      actor: this.actor,
      method: 'POST',
      url: new URL(url),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      payload: new URLSearchParams(form).toString(),
      recordedBody: form,
      timeoutMs: this.timeoutMs,
      label: `GMS ${path || 'request chat'}`,
      step: 'gms',
      setting: 'GMS_BASE_URL',
      beforeRecord: (_headers, parsed) => {
        if (typeof parsed !== 'object' || parsed === null) return;
        const b = parsed as Record<string, unknown>;
        if (typeof b.userId === 'string') registerSecret(b.userId);
        if (typeof b.secureKey === 'string') registerSecret(b.secureKey);
      },
    });
    const { status, body } = answer;
    if (!answeredJson(answer))
      throw new GmsError(
        `GMS ${path || 'request chat'} answered ${whatAnswered(answer)}: ${url.split('?')[0]} does not serve the GMS Chat API v2: check GMS_BASE_URL (${this.gmsBase}: the base up to /genesys/2/chat) and GMS_SERVICE (${this.service})`,
        status,
        undefined,
      );
    const checked = validate('GmsChatResponse', body);
    if (status !== 200 || !checked.ok || checked.value.statusCode !== 0) {
      const why = !checked.ok ? checked.errors.map((e) => e.message).join('; ') : `HTTP ${status}`;
      throw new GmsError(
        `GMS ${path || 'request chat'} failed (${why}): ${typeof body === 'string' ? body.slice(0, 200) : String(JSON.stringify(redact(body))).slice(0, 300)}: check GMS_BASE_URL (${this.gmsBase}) and GMS_SERVICE (${this.service})`,
        status,
        redact(body),
      );
    }
    return checked.value;
  }

  /** POST /genesys/2/chat/{serviceName}: the customer asks for a chat. */
  async startChat(request: StartChat): Promise<GmsChat> {
    const form: Record<string, string> = { nickname: request.nickname };
    if (request.subject) form.subject = request.subject;
    for (const [k, v] of Object.entries(request.userData ?? {})) form[`userData[${k}]`] = v;
    const r = await this.post('', form);
    if (!r.chatId || !r.userId || !r.secureKey || !r.alias)
      throw new GmsError('GMS request chat answered without chatId, userId, secureKey and alias', 200, redact(r));
    return { chatId: r.chatId, userId: r.userId, secureKey: r.secureKey, alias: r.alias, nextPosition: r.nextPosition ?? 1 };
  }

  private secrets(chat: GmsChat): Record<string, string> {
    return { userId: chat.userId, secureKey: chat.secureKey, alias: chat.alias };
  }

  async send(chat: GmsChat, message: string): Promise<GmsChatResponse> {
    return this.post(`/${encodeURIComponent(chat.chatId)}/send`, { ...this.secrets(chat), message });
  }

  async refresh(chat: GmsChat, transcriptPosition = 1): Promise<GmsChatResponse> {
    return this.post(`/${encodeURIComponent(chat.chatId)}/refresh`, {
      ...this.secrets(chat),
      transcriptPosition: String(transcriptPosition),
    });
  }

  async disconnect(chat: GmsChat): Promise<GmsChatResponse> {
    return this.post(`/${encodeURIComponent(chat.chatId)}/disconnect`, this.secrets(chat));
  }
}

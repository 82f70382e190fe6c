/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Generated from schemas/*.schema.json by json-schema-to-typescript (npm run generate).
 * Change the schemas, then run `npm run generate`; `npm test` fails while this file is stale.
 */

export type ChatNotificationType = 'StatusChange' | 'ParticipantsUpdated' | 'PropertiesUpdated' | 'Error';
/**
 * Correlates a notification with the request that caused it. Documented values are small positive integers (5, 13, 17, 35, 83); non-negative is inferred.
 */
export type ReferenceId = number;
/**
 * Interaction id of the chat. Documented samples are 16 characters (0000Na9B26EF002X); other id formats are legal, so only a non-empty string is required.
 */
export type ChatId = string;
/**
 * Agent-side chat states. Chatting (after Accept), Completed (after Reject, Complete, Leave in conference), LeftChat (after Leave outside a conference), Revoked (supervisor copy) are documented. Invited, the state of an offer before Accept/Reject, is INFERRED: no page names it.
 */
export type ChatState = 'Invited' | 'Chatting' | 'Completed' | 'LeftChat' | 'Revoked';
/**
 * Capabilities are the names of the chat operations allowed now. The vocabulary is the documented chat operation names (reference §5) plus the capability names seen in samples; both InFocus (2014 samples) and SetInFocus (later samples) are documented.
 */
export type ChatCapability =
  | 'Accept'
  | 'Reject'
  | 'Complete'
  | 'Leave'
  | 'Transfer'
  | 'Invite'
  | 'Consult'
  | 'InFocus'
  | 'SetInFocus'
  | 'SetDisposition'
  | 'AttachUserData'
  | 'DeleteUserData'
  | 'UpdateUserData'
  | 'SendMessage'
  | 'SendUrl'
  | 'SendStartTypingNotification'
  | 'SendStopTypingNotification'
  | 'SendToAgents'
  | 'SendStartTypingToAgentsNotification'
  | 'SendStopTypingToAgentsNotification'
  | 'SendNicknameUpdatedNotice'
  | 'SendCustomNoticeToAgents'
  | 'RemoveParticipantFromConference'
  | 'SwitchToMonitor'
  | 'SwitchToCoach'
  | 'SwitchBargeIn';
/**
 * Who may see a message or participant. Message visibility All and Agents, participant visibility All and Supervisors are documented.
 */
export type Visibility = 'All' | 'Agents' | 'Supervisors';
export type ChatsNotificationData = ChatStateChangeMessage | MessageLogUpdated;
/**
 * Entry types on the agent API. Text, TypingStarted, TypingStopped, PushUrl, Notice, NicknameUpdated, CustomNotice (S8-S13); ParticipantJoined and ParticipantLeft (seed).
 */
export type TranscriptEntryType =
  | 'ParticipantJoined'
  | 'ParticipantLeft'
  | 'Text'
  | 'TypingStarted'
  | 'TypingStopped'
  | 'PushUrl'
  | 'Notice'
  | 'NicknameUpdated'
  | 'CustomNotice';
/**
 * Local time with a numeric UTC offset, in one of the two documented forms: 2014-01-02T14:23:18.000-0800 (Accept page, S1) or 2014-01-09 11:58:12.035+0200 (SendMessage page, S8). Samples on some pages lost the space between date and time (2014-05-1502:24:00.000-0700): that is a transcription defect of the docs and is rejected.
 */
export type GwsTimestamp = string;
/**
 * timestampSeconds: despite its name, epoch milliseconds (1389261492035 is the same instant as 2014-01-09 11:58:12.035+0200). The docs print it with a Python L suffix, which is not JSON.
 */
export type EpochMillis = number;
/**
 * PASS: the requirement holds. FAIL: a MUST is broken. NON-STRICT: a SHOULD the docs state or show (or a schema fact marked inferred) is broken. INFO: information (undocumented property, a choice the docs leave open, a requirement not judged because what it is about did not happen). INCONCLUSIVE: the target or the network failed, so the run could not decide.
 */
export type Verdict = 'PASS' | 'FAIL' | 'NON-STRICT' | 'INFO' | 'INCONCLUSIVE';
/**
 * Body of the HTTP response to a GWS operation (POST with operationName). Success is {"statusCode":0}; an error holds only statusCode (1..20) and statusMessage, and means nothing was changed. Some operations (Invite, Consult) also return referenceId on success, so it is legal here. Sources: seed 000_33ced99414d36d03 (response example), S17 Return Values page (All Methods), S5/S6 (referenceId).
 */
export type OperationResponse = OperationSuccess | OperationError;
export type TranscriptEvent = HttpEvent | BayeuxEvent | NoteEvent;

export interface GwsChatSchemaIndex {
  'accept-request'?: AcceptRequest;
  'agent-operation-request'?: AgentOperationRequest;
  'certificate-manifest'?: CertificateManifest;
  certificate?: Certificate;
  'chat-operation-request'?: ChatOperationRequest;
  'chat-state-change-message'?: ChatStateChangeMessage;
  chat?: Chat;
  'chats-notification'?: ChatsNotification;
  compare?: Comparison;
  finding?: Finding;
  'gms-chat-response'?: GmsChatResponse;
  'message-log-updated'?: MessageLogUpdated;
  'operation-response'?: OperationResponse;
  participant?: Participant;
  summary?: ConformanceSummary;
  'transcript-v1'?: TranscriptV1;
  transcript?: Transcript;
}
/**
 * Body of POST /api/v2/me/chats/{id} that accepts an offered chat. Source: seed 000_33ced99414d36d03 (Chat Accept page, HTCC 8.5.2, S1), parameter table and request example. The page prints the nickname unquoted ({ "operationName":"Accept", "nickname":agent-nickname-to-be-displayed-in-chat }), which is not valid JSON; the example here quotes it.
 */
export interface AcceptRequest {
  /**
   * The operation to run on the chat resource.
   */
  operationName: 'Accept';
  /**
   * The agent nickname, as displayed to the customer. The docs do not state a length; non-empty is inferred (an empty nickname displays nothing).
   */
  nickname: string;
  /**
   * If true, information about the agent performing the operation is set in the Contact Profile for last agent routing. Optional; added in the December 2015 revision of the page.
   */
  saveLAR?: boolean;
}
/**
 * Body of the agent-session operations the suite runs before a chat can be offered: POST /api/v2/me with StartContactCenterSession or EndContactCenterSession (S19), and POST /api/v2/me/channels/chat with Ready or NotReady (S20).
 */
export interface AgentOperationRequest {
  operationName: 'StartContactCenterSession' | 'EndContactCenterSession' | 'Ready' | 'NotReady';
  /**
   * StartContactCenterSession: the channels to log in to, e.g. ["chat"] or ["voice", "chat"].
   */
  channels?: string[];
  /**
   * StartContactCenterSession: optional place name.
   */
  place?: string;
}
/**
 * manifest.json of a certificate: the SHA-256 and size of every other file of the certificate (certificate.json, the summary, every transcript, JUnit, the HTML reports), paths relative to the certificate's folder with / separators, in path order. `npm run verify` names a file that is missing, changed or not listed. This is the suite's own format, not a GWS payload.
 */
export interface CertificateManifest {
  format: 'gws-chat-conformance/manifest@1';
  algorithm: 'sha256';
  files: {
    path: string;
    sha256: string;
    bytes: number;
  }[];
}
/**
 * certificate.json: the descriptor of a certificate that `npm run certify` seals (a folder and its .tar.gz): what the run certifies or records, the suite version and commit that made it, the schemas' fingerprint, the target, the profile, the settings used (secrets masked) and every other field of the run's summary.json except its rows and information, copied as they are, so that `npm run verify` checks they equal the summary's. manifest.json holds the SHA-256 of this file and of every other. This is the suite's own format, not a GWS payload.
 */
export interface Certificate {
  format: 'gws-chat-conformance/certificate@1';
  suite: {
    name: string;
    version: string;
    /**
     * git commit of the suite that ran, or unknown
     */
    commit: string;
  };
  /**
   * Whether the suite's checkout had changes of its own (git status) when the certificate was sealed: a modified suite certifies only as well as its changes
   */
  suiteChanges: 'none' | 'modified' | 'unknown';
  schemasFingerprint: string;
  target: string;
  profile: 'default' | 'strict';
  /**
   * The settings the run used, as summary.json holds them (accounts counted, secrets masked)
   */
  settings: {};
  outcome: 'conformant' | 'non-conformant' | 'inconclusive' | 'partial' | 'nothing-run';
  exitCode: 0 | 1 | 2 | 3;
  /**
   * The run's one-line verdict
   */
  line: string;
  startedAt?: string;
  endedAt?: string;
  counts?: {
    [k: string]: number | undefined;
  };
  /**
   * Why requirements could not be decided, as the summary states them
   */
  causes?: string[];
  /**
   * true only for a CONFORMANT run: anything else is recorded, not certified
   */
  certifies: boolean;
  /**
   * What the certificate says in words: CONFORMANT, or records NON-CONFORMANT: not a certification
   */
  statement: string;
  /**
   * When the certificate was sealed
   */
  createdAt: string;
}
/**
 * Body of the chat operations other than Accept that the suite uses around it: Reject (S2), Complete (S3), Leave (S4), SendMessage (S8), SendStartTypingNotification and SendStopTypingNotification (S9), SendUrl (S10), SendNicknameUpdatedNotice and SendCustomNoticeToAgents (S12), AttachUserData, UpdateUserData and DeleteUserData (S11). Accept has its own schema (accept-request.schema.json).
 */
export interface ChatOperationRequest {
  operationName:
    | 'Reject'
    | 'Complete'
    | 'Leave'
    | 'SendMessage'
    | 'SendStartTypingNotification'
    | 'SendStopTypingNotification'
    | 'SendUrl'
    | 'SendNicknameUpdatedNotice'
    | 'SendCustomNoticeToAgents'
    | 'AttachUserData'
    | 'UpdateUserData'
    | 'DeleteUserData';
  /**
   * AttachUserData, UpdateUserData: the key-value pairs to attach or overwrite (values strings or numbers).
   */
  userData?: {
    [k: string]: string | number | undefined;
  };
  /**
   * DeleteUserData: the keys to remove.
   */
  keys?: string[];
  /**
   * SendUrl: the URL to send to the customer (required there).
   */
  url?: string;
  /**
   * SendNicknameUpdatedNotice: the new nickname; SendCustomNoticeToAgents: the notice to agents (required there).
   */
  noticeText?: string;
  /**
   * SendMessage: the message (required there); Complete, Leave: an optional last message.
   */
  text?: string;
  /**
   * Optional with text (default Text).
   */
  messageType?: string;
  /**
   * Optional with text.
   */
  treatAs?: 'Normal' | 'System';
  /**
   * Complete: place the chat in this queue.
   */
  queueName?: string;
  /**
   * Complete: store this agent for last agent routing.
   */
  saveLAR?: boolean;
}
/**
 * Notification on /v2/me/chats when a chat's state, participants or properties change, or an operation on it fails. Sources: seed 000_33ced99414d36d03 (StatusChange and ParticipantsUpdated after Accept), S14 Chat CometD message types (the four notificationType values, PropertiesUpdated example). The fields of an Error notification beyond these are not documented: errorMessage and errorCode are INFERRED from neighbouring APIs (S30, C1). referenceId is present on the first notification caused by a request (Accept StatusChange); the seed also shows it, equal, on ParticipantsUpdated, while an older revision shows none there.
 */
export interface ChatStateChangeMessage {
  messageType: 'ChatStateChangeMessage';
  notificationType: ChatNotificationType;
  referenceId?: ReferenceId;
  chat: Chat;
  /**
   * INFERRED: text of an Error notification (named as on /v2/me and the devices topic).
   */
  errorMessage?: string;
  /**
   * INFERRED: code of an Error notification.
   */
  errorCode?: number | string;
}
/**
 * The chat resource (agent side) as carried in ChatStateChangeMessage.chat: a full snapshot of the chat. Sources: seed 000_33ced99414d36d03 (id, uri, state, capabilities, participants), S11/S14 (userData), S24 (chatType, receivedDate). Completed chats may have no capabilities key at all (S2, S3), so capabilities and participants are optional here; the Accept judges require them where the docs show them.
 */
export interface Chat {
  id: ChatId;
  /**
   * Absolute URI of the chat: externalApiUrlV2 + /chats/{id} (note /api/v2/chats/{id}, not /api/v2/me/chats/{id}).
   */
  uri: string;
  state: ChatState;
  /**
   * The operation names allowed on the chat now.
   */
  capabilities?: ChatCapability[];
  participants?: Participant[];
  userData?: ChatUserData;
  /**
   * e.g. Inbound.
   */
  chatType?: string;
  /**
   * When the chat was received. The only sample lost the date/time space (2014-05-0511:08:45.000-0700), a docs defect; the timestamp form is inferred from the message timestamps.
   */
  receivedDate?: string;
}
/**
 * A chat participant as the agent API shows it, in chat.participants and in messages[].from. Sources: seed 000_33ced99414d36d03 ({type, nickname, participantId}); later builds add uri, path, id and visibility (S12, S24, .NET client C2). Key participants by participantId: the same nickname can appear twice with different ids (reference §11.1).
 */
export interface Participant {
  /**
   * Agent or Customer on the agent API; supervisors appear as Agent with visibility Supervisors. The customer-side APIs use other words (Client, External), which are not legal here.
   */
  type: 'Agent' | 'Customer';
  nickname: string;
  /**
   * Documented samples are 16 hex characters (009052C5E743004C); other id formats are legal, so only a non-empty string is required.
   */
  participantId: string;
  /**
   * User URI of the participant (later builds).
   */
  uri?: string;
  /**
   * Relative user path, e.g. /users/{id} (later builds).
   */
  path?: string;
  /**
   * Same value as participantId (later builds).
   */
  id?: string;
  visibility?: Visibility;
}
/**
 * Attached data (Interaction Server key/value pairs; values are strings or numbers).
 */
export interface ChatUserData {
  /**
   * Strings or numbers (S11, S14); the S11 samples also print a Python None for a key without a value, which a JSON server sends as null.
   */
  [k: string]: string | number | null | undefined;
}
/**
 * The Bayeux message a chat notification arrives in: a normal Bayeux message whose channel is the topic /v2/me/chats and whose data member is the GWS payload. Sources: S15 (CometD notifications), S14 and S16 (envelope examples {"data":{...},"channel":"/v2/me/..."}); the Bayeux 1.0 specification for id (a string). Many chat pages print only the data object: a docs convention, not another wire format (inferred).
 */
export interface ChatsNotification {
  channel: '/v2/me/chats';
  data: ChatsNotificationData;
  /**
   * Bayeux message id (optional).
   */
  id?: string;
}
/**
 * Notification on /v2/me/chats carrying new transcript entries (after Accept: the transcript up to the agent's join). Sources: seed 000_33ced99414d36d03 (third notification), S8 (SendMessage notification), S12 (chatPath). chatUri is the only chat identifier in older builds; chatPath (/chats/{id}) appears in 2015+ samples beside it.
 */
export interface MessageLogUpdated {
  messageType: 'MessageLogUpdated';
  /**
   * NewMessages is the only value documented.
   */
  notificationType: 'NewMessages';
  /**
   * Absolute URI of the chat the messages belong to (externalApiUrlV2 + /chats/{id}).
   */
  chatUri: string;
  /**
   * Relative path of the chat, /chats/{id} (2015+ builds).
   */
  chatPath?: string;
  messages: MessageEntry[];
}
/**
 * One transcript entry.
 */
export interface MessageEntry {
  /**
   * Position in the transcript. Samples count from 1; indices may skip entries the agent cannot see (C2). Non-negative is required here; counting from 1 and increasing are judged on the sequence.
   */
  index: number;
  type: TranscriptEntryType;
  from: Participant;
  visibility: Visibility;
  timestamp: GwsTimestamp;
  timestampSeconds?: EpochMillis;
  /**
   * Message text (Text, Notice and text-bearing operations).
   */
  text?: string;
  /**
   * The pushed URL of a PushUrl entry.
   */
  url?: string;
  /**
   * The text of a NicknameUpdated or CustomNotice entry.
   */
  noticeText?: string;
  /**
   * Echo of the messageType sent with SendMessage; only when the server option includeMessageType is on.
   */
  messageType?: string;
}
/**
 * compare.json: what changed between a baseline and a current run of the suite (each one or several reports folders): verdict changes per requirement, contract drift the verdicts do not show (shapes, closed-set values, HTTP statuses and content types, statusCodes, timestamp forms, undocumented properties, order and presence of notifications), timing drift, the context of both sides, and what was not compared (and why). This is the suite's own format, not a GWS payload.
 */
export interface Comparison {
  format: 'gws-chat-conformance/compare@2';
  /**
   * all: verdicts, contract drift and timing; verdicts: only verdict changes were asked (npm run compare -- --verdicts-only, GWS_BASELINE_SCOPE=verdicts)
   */
  scope: 'all' | 'verdicts';
  baseline: CompareSide;
  current: CompareSide;
  /**
   * What may make a difference come from the suite rather than the server: another suite version or commit, other schemas, another target, profile, or CometD transport used (fall-back included)
   */
  warnings: string[];
  /**
   * The parts that were not compared, and why; empty when everything was. An empty drift or timing list means nothing changed only when its part is not named here.
   */
  notCompared: NotCompared[];
  verdicts: VerdictChange[];
  drift: Drift[];
  timing: TimingDrift[];
  /**
   * One line per regression: a requirement that got worse, or a documented field or value that vanished (with --fail-on-drift: every breaking drift and slower timing too)
   */
  regressions: string[];
  /**
   * unchanged: nothing changed in what was compared; drift: changes, none a regression; regressed: a regression (whatever was not compared); not-compared: no regression in what was compared, but contract drift or timing could not be compared (not asked away with verdicts only)
   */
  outcome: 'unchanged' | 'drift' | 'regressed' | 'not-compared';
  /**
   * 0 nothing regressed in what was compared (drift is listed as warnings; with verdicts only, the verdicts decide); 1 regressed; 2 a part was not compared (no transcripts, different scenarios) and nothing regressed
   */
  exitCode: 0 | 1 | 2;
  /**
   * The one-line result
   */
  line: string;
}
export interface CompareSide {
  folders: string[];
  runs: number;
  transcripts: number;
  /**
   * version and commit, or several when the runs differ
   */
  suite: string;
  schemasFingerprint: string;
  target: string;
  profile: string;
  /**
   * The CometD transport the runs used, fall-back included (summary.json transportUsed; for older summaries the transcripts' handshakes, else the setting); several when the runs differ
   */
  transport: string;
  /**
   * The transport the runs' settings asked (GWS_COMETD_TRANSPORT), when it is not the one used
   */
  transportAsked?: string;
  outcomes: string[];
}
export interface NotCompared {
  /**
   * @minItems 1
   */
  parts: ['contract' | 'timing', ...('contract' | 'timing')[]];
  /**
   * verdicts-only: on purpose, as asked; no-transcripts: a run of a side has no transcripts (its transcripts/ is missing or empty); different-scenarios: the runs did not all run the same scenarios (a --grep run): drift is listed only for the scenarios every run ran
   */
  reason: 'verdicts-only' | 'no-transcripts' | 'different-scenarios';
  /**
   * The runs' folders without transcripts, or that did not run every scenario
   */
  folders?: string[];
  /**
   * The scenarios not run by every run (accept, concurrency, params, error <case>, validation <probe>, security <probe>)
   */
  scenarios?: string[];
  /**
   * What was not compared and why, naming the folders or scenarios
   */
  text: string;
}
export interface VerdictChange {
  id: string;
  level?: 'MUST' | 'SHOULD';
  /**
   * worse or better: the verdict moved; new or gone: the requirement is in one side only; flaky: the runs of one side disagree; undecided: decided on one side, not on the other (INCONCLUSIVE, NOT DECIDED, NOT RUN)
   */
  change: 'worse' | 'better' | 'new' | 'gone' | 'flaky' | 'undecided';
  before: string;
  after: string;
  beforeReason?: string;
  afterReason?: string;
}
export interface Drift {
  /**
   * The message kind: the Accept response, a notification kind, the offer, an error case, a validation or security probe
   */
  kind: string;
  aspect:
    | 'field'
    | 'type'
    | 'value'
    | 'http-status'
    | 'content-type'
    | 'status-code'
    | 'timestamp-form'
    | 'undocumented'
    | 'order'
    | 'presence';
  /**
   * JSON pointer into the payload, array indices as *
   */
  pointer?: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
  /**
   * The field or value is documented (in schemas/)
   */
  documented?: boolean;
  /**
   * For the people who consume the API, as oasdiff classifies OpenAPI changes
   */
  class: 'breaking' | 'compatible';
  /**
   * The classification rule (helpers/compare/rules.ts)
   */
  rule: string;
  /**
   * Seen in some runs of a side and not others
   */
  flaky?: boolean;
  text: string;
}
export interface TimingDrift {
  /**
   * offer, or a notification kind after Accept
   */
  kind: string;
  metric: 'p50' | 'p95';
  beforeMs: number;
  afterMs: number;
  /**
   * Past both thresholds (a ratio and an absolute floor)
   */
  flagged: boolean;
  class: 'breaking' | 'compatible';
}
/**
 * One verdict of a check on a transcript: the requirement it is about, the verdict, and what was expected next to what was observed. This is the suite's own format, not a GWS payload.
 */
export interface Finding {
  requirement: string;
  verdict: Verdict;
  expected: string;
  observed: string;
  actor?: string;
  /**
   * For an INFO finding: the name of the choice the docs leave open that it records (helpers/judges/catalogue/open-choices.ts). The server answered otherwise than the suite's own reading (expected), and legally: listed apart as an open choice, never a failure.
   */
  open?: string;
  /**
   * Indices of the transcript events that show it.
   */
  evidence?: number[];
  /**
   * Expected and observed sequences, shown side by side.
   */
  table?: {
    expected: string[];
    observed: string[];
  };
}
/**
 * Response of the GMS Chat API v2 (customer side) that the suite uses to start a chat the way a real deployment does: POST /genesys/2/chat/{serviceName} (request chat) and .../{chatId}/send|refresh|disconnect. Source: S26 (request-chat response sample, send), C3 (refresh, disconnect, nextPosition). The error body is INFERRED (not on a page we could read).
 */
export interface GmsChatResponse {
  statusCode: number;
  alias?: string;
  userId?: string;
  secureKey?: string;
  chatId?: string;
  messages?: GmsMessage[];
  /**
   * Transcript position to pass as transcriptPosition on the next refresh.
   */
  nextPosition?: number;
  chatEnded?: boolean;
  /**
   * INFERRED error details.
   */
  errors?: {
    code?: number;
    advice?: string;
  }[];
}
/**
 * A transcript entry as the customer side shows it.
 */
export interface GmsMessage {
  from: {
    nickname: string;
    participantId: number;
    type: 'Client' | 'Agent' | 'External';
  };
  index: number;
  /**
   * The customer-side types S26 and S32 show, and the agent-side notice types (NicknameUpdated, CustomNotice, S12) Chat Server may pass through: no page shows how GMS renders those, so the suite accepts them rather than call a transcript it cannot read broken.
   */
  type:
    | 'ParticipantJoined'
    | 'ParticipantLeft'
    | 'Message'
    | 'TypingStarted'
    | 'TypingStopped'
    | 'PushUrl'
    | 'Notice'
    | 'NicknameUpdated'
    | 'CustomNotice';
  text?: string;
  utcTime: number;
}
/**
 * Success: statusCode 0 and no statusMessage. referenceId is optional: documented in the responses of Invite and Consult (S5, S6); the Accept sample shows only statusCode.
 */
export interface OperationSuccess {
  statusCode: 0;
  referenceId?: ReferenceId;
}
/**
 * Failure: a statusCode from the Return Values table and a statusMessage with details.
 */
export interface OperationError {
  statusCode: number;
  statusMessage: string;
}
/**
 * reports/summary.json: the result of one conformance run, however it ended (configuration error, interruption and crash included), one row per requirement, with the target, the settings used, the causes of what could not be decided and the information found, for a vendor to hand in or an operator to compare before and after an upgrade. This is the suite's own format, not a GWS payload.
 */
export interface ConformanceSummary {
  format: 'gws-chat-conformance/summary@2';
  suite: {
    name: string;
    version: string;
    /**
     * git commit of the suite, or unknown
     */
    commit: string;
  };
  /**
   * sha256 over the schema files, so two summaries say whether they judged against the same schemas
   */
  schemasFingerprint: string;
  /**
   * The target's URL without credentials, or the embedded simulator (with its faults and variants); unknown when the configuration could not be read
   */
  target: string;
  profile: 'default' | 'strict';
  /**
   * The effective settings of the run (timeouts, windows, transport, chat source, ...), by short name; accounts are counted, never listed. Empty when the configuration could not be read. settingsUsed lists them by variable, with their source.
   */
  settings: {
    [k: string]: string | number | boolean | undefined;
  };
  /**
   * Every setting of the suite as the run used it, with where it came from (the environment, or the default); secrets never appear (accounts are counted). Absent in summaries of older suites and when the configuration could not be read.
   */
  settingsUsed?: {
    name: string;
    value: string;
    source: 'environment' | 'default';
  }[];
  /**
   * The declared profile: what the user declared the server legally switches off (GWS_SERVER_WITHOUT), and the requirements that are therefore NOT APPLICABLE. Absent in summaries of older suites.
   */
  declared?: {
    without: {
      name: string;
      what: string;
      requirements: string[];
    }[];
  };
  /**
   * The CometD transport the run's sessions used, read from its transcripts: long-polling after a refused WebSocket upgrade fell back, mixed (long-polling, websocket) when agents differ. settings.transport is what was asked. Absent when no session handshook (and in summaries written before it existed).
   */
  transportUsed?: string;
  startedAt: string;
  endedAt: string;
  /**
   * conformant: every requirement decided, none broken; non-conformant: a MUST (strict profile: a SHOULD) failed; inconclusive: the target, the network, the configuration or the run itself failed (interrupted, crashed); partial: what ran passed but not every requirement was decided (--grep): never a certification; nothing-run: no test decided a requirement
   */
  outcome: 'conformant' | 'non-conformant' | 'inconclusive' | 'partial' | 'nothing-run';
  /**
   * 0 conformant, 1 non-conformant, 2 inconclusive or nothing run, 3 partial
   */
  exitCode: 0 | 1 | 2 | 3;
  /**
   * The one-line verdict
   */
  line: string;
  counts?: {
    [k: string]: number | undefined;
  };
  /**
   * Why requirements could not be decided, each stated once with the setting involved; INCONCLUSIVE rows refer to them by number
   */
  causes: string[];
  /**
   * Where the docs leave a choice open and the server chose otherwise than the suite's own reading: each choice with what the server did, why either answer is legal, and what no page says. Information, never a failure, never NON-STRICT, in either profile. Absent in summaries of older suites.
   */
  openChoices?: {
    /**
     * The requirement whose check met it
     */
    requirement: string;
    /**
     * The open choice's name (helpers/judges/catalogue/open-choices.ts)
     */
    choice: string;
    /**
     * What the docs leave open
     */
    question: string;
    /**
     * What the server did
     */
    answer: string;
    /**
     * Why the server's answer, like the suite's own reading, is legal
     */
    reasoning: string;
    /**
     * What no page says, with the fact sheet's tags
     */
    gap: string;
    /**
     * How often it was seen (every agent, probe and test)
     */
    count?: number;
  }[];
  /**
   * INFO findings: undocumented properties and other information (open choices are listed apart, in openChoices). Never failures.
   */
  information: {
    requirement: string;
    text: string;
    /**
     * How often it was seen (every agent, event and test)
     */
    count?: number;
  }[];
  requirements: SummaryRow[];
}
export interface SummaryRow {
  id: string;
  level: 'MUST' | 'SHOULD';
  /**
   * PASS holds; FAIL a MUST is broken; NON-STRICT a SHOULD the docs state or show in a sample is broken; INCONCLUSIVE the target or network failed; NOT DECIDED a test ran but nothing it saw decided it; NOT APPLICABLE the target declares a profile it does not apply to (CSRF off); NOT RUN no test of this run decided it
   */
  verdict: 'PASS' | 'FAIL' | 'NON-STRICT' | 'INCONCLUSIVE' | 'NOT DECIDED' | 'NOT APPLICABLE' | 'NOT RUN';
  text: string;
  source: string;
  url?: string;
  /**
   * The tests that decided it
   */
  tests: string[];
  /**
   * A test that decided it passed only on a retry
   */
  flaky?: boolean;
  /**
   * Short reason for a verdict other than PASS
   */
  reason: string;
}
/**
 * A transcript of format 1 (the suite before operations were declared as data; every one of them drove Accept), frozen: what a baseline saved then looks like. The suite reads it (npm run judge, npm run compare, a certificate) by upgrading it to the current format (helpers/evidence/transcript-upgrade.ts); it writes format 2 only. This is the suite's own format, not a GWS payload.
 */
export interface TranscriptV1 {
  format: 'gws-chat-conformance/transcript@1';
  target: TranscriptTarget;
  startedAt: string;
  events: TranscriptEvent[];
  scenario: ScenarioV1;
}
export interface TranscriptTarget {
  baseUrl: string;
  profile?: string;
  /**
   * The declared profile: what the user declared the server legally switches off (GWS_SERVER_WITHOUT, e.g. csrf-protection); the requirements of each item are NOT APPLICABLE. Absent: nothing declared.
   */
  without?: string[];
}
/**
 * One HTTP request and its response (or the transport error instead).
 */
export interface HttpEvent {
  kind: 'http';
  /**
   * Who sent it: an agent label (agent1, ...) or customer.
   */
  actor: string;
  /**
   * Request sent, ms since the transcript started.
   */
  at: number;
  durationMs?: number;
  request: {
    method: string;
    path: string;
    headers: RecordedHeaders;
    body?: unknown;
  };
  response?: {
    status: number;
    headers: RecordedHeaders;
    body?: unknown;
  };
  /**
   * Transport failure: the request got no HTTP response.
   */
  error?: string;
}
export interface RecordedHeaders {
  [k: string]: string | string[] | undefined;
}
/**
 * One Bayeux message received by an agent's CometD client, on any channel.
 */
export interface BayeuxEvent {
  kind: 'bayeux';
  actor: string;
  /**
   * Arrival, ms since the transcript started.
   */
  at: number;
  channel: string;
  /**
   * The Bayeux message as received (channel, data, id, ...).
   */
  message: {};
}
/**
 * A step of the scenario (note) or a failure of the target or the network that prevents a verdict (failure).
 */
export interface NoteEvent {
  kind: 'note' | 'failure';
  actor?: string;
  at: number;
  text: string;
  data?: {};
}
/**
 * What a format-1 transcript's spec drove: always Accept (the operation is not named), its actors called acceptors, its scenario kinds and error probes those of that release.
 */
export interface ScenarioV1 {
  kind: 'accept' | 'error' | 'concurrency' | 'params' | 'validation' | 'security';
  /**
   * For kind error: which error case. (The validation and security scenarios name each of their probes in the data of their probe steps.)
   */
  probe?:
    'unknown-id' | 'missing-nickname' | 'accepted-twice' | 'not-offered' | 'no-csrf' | 'accepted-at-once';
  /**
   * Actors that accept a chat.
   */
  acceptors: string[];
  /**
   * Actors online on /v2/me/chats that accept nothing (leak detectors).
   */
  observers: string[];
  /**
   * actor -> id of the chat offered to it.
   */
  chats: {
    [k: string]: string | undefined;
  };
  /**
   * The nickname sent in Accept (concurrency: the prefix; each acceptor sends nickname + ' ' + actor).
   */
  nickname: string;
  customerNickname?: string;
  /**
   * Texts the customer sent before Accept (empty for chat source external).
   */
  customerMessages: string[];
  chatSource: 'gms' | 'external';
  /**
   * Whether the target announced CSRF protection (X-CSRF-HEADER on GET).
   */
  csrf?: boolean;
  settings?: {
    offerTimeoutMs?: number;
    notificationTimeoutMs?: number;
    quietWindowMs?: number;
  };
  /**
   * For kinds validation and security: the probes this transcript made (a spec may run them in groups, each group on its own chat). Absent: all of them.
   */
  probes?: string[];
}
/**
 * The evidence of one conformance run against a target: every HTTP exchange and every Bayeux message, with monotonic times in milliseconds since the transcript started. Written by the suite's recorder (redacted: no password, Authorization, cookie, CSRF token, secureKey or GMS userId), judged by pure functions, and re-judged offline (npm run judge). This is the suite's own format, not a GWS payload.
 */
export interface Transcript {
  format: 'gws-chat-conformance/transcript@2';
  target: TranscriptTarget;
  startedAt: string;
  events: TranscriptEvent[];
  scenario: Scenario;
}
/**
 * What the spec drove, so the transcript can be judged again offline: the operation, the scenario (a kind its operation declares, operations/<name>/scenarios/), the actors. Steps of the drive are marked by note events whose data.step names the step (offer, the operation's own steps such as accept or reject, probe, retry-accept, sequence-complete, quiet-end, cleanup) and whose data.operation names the operation the scenario drives; a probe step names its probe in data.probe, and a probe of the CometD handshake or a publish also records data.successful.
 */
export interface Scenario {
  /**
   * The chat operation the scenario drives (its operationName: Accept, Reject, ...).
   */
  operation: string;
  /**
   * The scenario, as its operation declares it (accept, error, reject, reject-error, ...): a kind the suite reading the transcript does not know is an error there, never ignored.
   */
  kind: string;
  /**
   * For an error scenario: which error case (one of its operation's declared errors). (Scenarios of several probes name each in the data of their probe steps.)
   */
  probe?: string;
  /**
   * Actors that carry the operation out (accept a chat, reject it, ...).
   */
  actors: string[];
  /**
   * Actors online on /v2/me/chats that accept nothing (leak detectors).
   */
  observers: string[];
  /**
   * actor -> id of the chat offered to it.
   */
  chats: {
    [k: string]: string | undefined;
  };
  /**
   * The agent nickname of the run (GWS_NICKNAME), sent by operations that take one (Accept; concurrency: the prefix, each actor sending nickname + ' ' + actor).
   */
  nickname: string;
  customerNickname?: string;
  /**
   * Texts the customer sent before the operation (empty for chat source external).
   */
  customerMessages: string[];
  chatSource: 'gms' | 'external';
  /**
   * Whether the target announced CSRF protection (X-CSRF-HEADER on GET).
   */
  csrf?: boolean;
  settings?: {
    offerTimeoutMs?: number;
    notificationTimeoutMs?: number;
    quietWindowMs?: number;
    /**
     * How long after a conversation turn's first notification the turn's notifications may still arrive: the drive's wait after each turn unless turnWaitMs says otherwise (absent: the quiet window).
     */
    turnWindowMs?: number;
    /**
     * What a conversation's drive waited after each turn's first notification before its next turn: the turn window, or 0 when each turn followed the one before as soon as that one's own notification arrived (the turns' notifications are then attributed by what each turn's declaration claims: helpers/judges/attribution.ts). Absent: the turn window.
     */
    turnWaitMs?: number;
  };
  /**
   * For kinds validation and security: the probes this transcript made (a spec may run them in groups, each group on its own chat). Absent: all of them.
   */
  probes?: string[];
}

/**
 * The documentation pages the requirements cite: title, address, and tag in docs/gws-chat-api-facts.md
 * (whose §1 lists every page the project read).
 */
export interface DocPage {
  title: string;
  url: string;
  tag: string;
}

export const PAGES = {
  accept: {
    title: 'Chat Accept page (HTCC API 8.5.2)',
    url: 'https://enu.docs.genesys.com/index.php?direction=prev&oldid=360731&title=Documentation%3AHTCC%3AAPI%3AChatAccept%3A8.5.2',
    tag: 'S1',
  },
  reject: { title: 'Chat Reject page', url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatReject', tag: 'S2' },
  leave: { title: 'Chat Leave page', url: 'https://docs.genesys.com/Documentation/GWS/8.6.0/API/ChatLeave', tag: 'S4' },
  complete: { title: 'Chat Complete page', url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatComplete', tag: 'S3' },
  userData: {
    title: 'Chat user data pages (AttachUserData, UpdateUserData, DeleteUserData)',
    url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatAttachUserData',
    tag: 'S11',
  },
  messageTypes: {
    title: 'Chat CometD message types page (ChatMessageType)',
    url: 'https://docs.genesys.com/Documentation/HTCC/latest/API/ChatMessageType',
    tag: 'S14',
  },
  notifications: {
    title: 'CometD notifications page (Asynchronous Events)',
    url: 'https://docs.genesys.com/Documentation/HTCC/latest/API/AsynchronousEvents',
    tag: 'S15',
  },
  features: { title: 'Features page', url: 'https://docs.genesys.com/Documentation:HTCC:API:Features:8.5.1', tag: 'S23' },
  returnValues: { title: 'Return Values page', url: 'https://enu.docs.genesys.com/Documentation:GWS:API:ReturnValues:8.6.0', tag: 'S17' },
  csrf: { title: 'CSRF Protection page', url: 'https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection', tag: 'S18' },
  configOptions: {
    title: 'HTCC configuration options reference (externalApiUrlV2)',
    url: 'https://docs.genesys.com/index.php?oldid=383529&title=Documentation%3AHTCC%3ADep%3AHTCCConfigurationOptionsReference%3A8.5.2',
    tag: 'S22',
  },
  gmsChat: { title: 'GMS Chat API v2 page', url: 'https://docs.genesys.com/Documentation:GMS:API:ChatAPIv2:8.5.2', tag: 'S26' },
  sendMessage: {
    title: 'Chat SendMessage page (HTCC API 8.5.2)',
    url: 'https://en.docs.genesys.com/index.php?diff=prev&oldid=360733&title=Documentation%3AHTCC%3AAPI%3AChatSend%3A8.5.2',
    tag: 'S8',
  },
  typing: {
    title: 'Chat typing notification pages (SendStartTypingNotification, SendStopTypingNotification)',
    url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatSendStartTypingNotification',
    tag: 'S9',
  },
  sendUrl: { title: 'Chat SendURL page', url: 'https://docs.genesys.com/Documentation/HTCC/latest/API/ChatSendURL', tag: 'S10' },
  nicknameNotice: {
    title: 'Chat SendNicknameUpdatedNotice page',
    url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatSendNicknameUpdatedNotice',
    tag: 'S12',
  },
  customNotice: {
    title: 'Chat SendCustomNoticeToAgents page (8.5.2 DRAFT)',
    url: 'https://en.docs.genesys.com/index.php?oldid=341266&title=Documentation%3AHTCC%3AAPI%3AChatSendCustomNoticeToAgents%3A8.5.2DRAFT',
    tag: 'S12',
  },
  recoveringState: {
    title: 'Recovering Existing State page',
    url: 'https://docs.genesys.com/Documentation/GWS/8.6.0/API/RecoveringExistingState',
    tag: 'S28',
  },
  clients: {
    title: 'GWS sample clients (GenesysWebServicesClient .NET, HTCC Sample iOS app)',
    url: 'https://github.com/ErnestoGarciaGenesys/GenesysWebServicesClient',
    tag: 'C2',
  },
} as const satisfies Record<string, DocPage>;

/** The fact sheet kept in the repository, for what the pages leave to derivation. */
export const FACT_SHEET = 'docs/gws-chat-api-facts.md';

/**
 * The chat operations the suite sends beside Accept, as the request schema enumerates their
 * operationName (schemas/chat-operation-request.schema.json): the names a declared profile may switch off.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChatOperationRequest } from './generated/payloads.ts';

export type ChatOperationName = ChatOperationRequest['operationName'];

const schema = JSON.parse(
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'chat-operation-request.schema.json'), 'utf8'),
) as { properties: { operationName: { enum: ChatOperationName[] } } };

export const CHAT_OPERATION_NAMES: readonly ChatOperationName[] = schema.properties.operationName.enum;

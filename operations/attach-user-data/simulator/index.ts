/**
 * AttachUserData as the embedded simulator serves it: the handler of an operation that changes a chat's userData,
 * and the faults any such operation can have (each breaking exactly the requirements it names); no
 * legal variant of its own.
 */
import { propertiesFaults, propertiesHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { ATTACH_USER_DATA } from '../operation.ts';

export const ATTACH_USER_DATA_SIMULATED: SimulatedOperation = {
  handler: propertiesHandler(ATTACH_USER_DATA),
  faults: propertiesFaults(ATTACH_USER_DATA, {
    http: 'ATTACHDATA-HTTP-01',
    resp: 'ATTACHDATA-RESP-01',
    seq: 'ATTACHDATA-SEQ-01',
    channel: 'ATTACHDATA-CHANNEL-01',
    schema: 'ATTACHDATA-SCHEMA-01',
    chat: 'ATTACHDATA-CHAT-01',
    state: 'ATTACHDATA-STATE-01',
    refid: 'ATTACHDATA-REFID-01',
    part: 'ATTACHDATA-PART-01',
    caps: 'ATTACHDATA-CAPS-01',
    data: 'ATTACHDATA-DATA-01',
    others: 'ATTACHDATA-DATA-02',
    quiet: 'ATTACHDATA-QUIET-01',
    unknownId: 'ATTACHDATA-ERR-01',
    offered: 'ATTACHDATA-ERR-02',
    unchanged: 'ATTACHDATA-ERR-03',
    missing: 'ATTACHDATA-ERR-04',
    code: 'ATTACHDATA-CODE-01',
  }),
  variants: [],
};

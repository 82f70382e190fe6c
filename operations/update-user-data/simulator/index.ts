/**
 * UpdateUserData as the embedded simulator serves it: the handler of an operation that changes a chat's userData,
 * and the faults any such operation can have (each breaking exactly the requirements it names); no
 * legal variant of its own.
 */
import { propertiesFaults, propertiesHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { UPDATE_USER_DATA } from '../operation.ts';

export const UPDATE_USER_DATA_SIMULATED: SimulatedOperation = {
  handler: propertiesHandler(UPDATE_USER_DATA),
  faults: propertiesFaults(UPDATE_USER_DATA, {
    http: 'UPDATEDATA-HTTP-01',
    resp: 'UPDATEDATA-RESP-01',
    seq: 'UPDATEDATA-SEQ-01',
    channel: 'UPDATEDATA-CHANNEL-01',
    schema: 'UPDATEDATA-SCHEMA-01',
    chat: 'UPDATEDATA-CHAT-01',
    state: 'UPDATEDATA-STATE-01',
    refid: 'UPDATEDATA-REFID-01',
    part: 'UPDATEDATA-PART-01',
    caps: 'UPDATEDATA-CAPS-01',
    data: 'UPDATEDATA-DATA-01',
    others: 'UPDATEDATA-DATA-02',
    quiet: 'UPDATEDATA-QUIET-01',
    unknownId: 'UPDATEDATA-ERR-01',
    offered: 'UPDATEDATA-ERR-02',
    unchanged: 'UPDATEDATA-ERR-03',
    missing: 'UPDATEDATA-ERR-04',
    code: 'UPDATEDATA-CODE-01',
  }),
  variants: [],
};

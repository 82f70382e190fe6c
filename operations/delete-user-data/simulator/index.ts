/**
 * DeleteUserData as the embedded simulator serves it: the handler of an operation that changes a chat's userData,
 * and the faults any such operation can have (each breaking exactly the requirements it names); no
 * legal variant of its own.
 */
import { propertiesFaults, propertiesHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { DELETE_USER_DATA } from '../operation.ts';

export const DELETE_USER_DATA_SIMULATED: SimulatedOperation = {
  handler: propertiesHandler(DELETE_USER_DATA),
  faults: propertiesFaults(DELETE_USER_DATA, {
    http: 'DELETEDATA-HTTP-01',
    resp: 'DELETEDATA-RESP-01',
    seq: 'DELETEDATA-SEQ-01',
    channel: 'DELETEDATA-CHANNEL-01',
    schema: 'DELETEDATA-SCHEMA-01',
    chat: 'DELETEDATA-CHAT-01',
    state: 'DELETEDATA-STATE-01',
    refid: 'DELETEDATA-REFID-01',
    part: 'DELETEDATA-PART-01',
    caps: 'DELETEDATA-CAPS-01',
    data: 'DELETEDATA-DATA-01',
    others: 'DELETEDATA-DATA-02',
    quiet: 'DELETEDATA-QUIET-01',
    unknownId: 'DELETEDATA-ERR-01',
    offered: 'DELETEDATA-ERR-02',
    unchanged: 'DELETEDATA-ERR-03',
    missing: 'DELETEDATA-ERR-04',
    code: 'DELETEDATA-CODE-01',
  }),
  variants: [],
};

import { hasCode } from '../../lib/errors';

/** A wrong or locked PIN: the consultant goes back to the keypad, with the message where they are looking. */
export const isPinRefusal = (err: unknown) => hasCode(err, 'wrong_pin') || hasCode(err, 'locked');

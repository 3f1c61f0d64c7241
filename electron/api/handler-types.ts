import type { Actor, Deps } from '../services/deps';
import type { MethodName, MethodResult, ParsedInput } from './contract';

export interface CallContext {
  /** The authenticated caller; null for public methods. */
  actor: Actor | null;
}

/** A method that prints or writes files declares `returns<Promise<T>>()` and its handler is async. */
export type Handler<M extends MethodName> = (input: ParsedInput<M>, call: CallContext) => MethodResult<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = (deps: Deps) => { [M in K]: Handler<M> };

/** The caller of a method that needs a PIN or a sign-in; the dispatcher guarantees it is there. */
export function actorOf(call: CallContext): Actor {
  if (!call.actor) throw new Error('handler requires an authenticated actor');
  return call.actor;
}

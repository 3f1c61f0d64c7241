import type { HandlerGroup } from '../handler-types';

export const printingHandlers: HandlerGroup<'preparePrinter'> = (deps) => ({
  preparePrinter: () => {
    // Not awaited: the supervisor's screen must not wait on a browser starting. A process without a printer has
    // nothing to prepare; its 保存 PDF says so itself.
    void deps.pdf?.prepare();
    return null;
  },
});

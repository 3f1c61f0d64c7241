import type { SheetClose, SheetRow } from '../documents/daily-sheet-model';
import type { Orientation } from '../documents/page';

export type { Orientation, SheetClose, SheetRow };

/** A day's sheet for the supervisor's tab: the page to preview and print, and what is known about it. */
export interface DailySheetView {
  day: string;
  orientation: Orientation;
  /** The whole printable page (srcdoc of the preview; the system print dialog prints it as is). */
  html: string;
  /** Null until 日结. */
  closed: SheetClose | null;
  /** The rows as corrected, for choosing one to correct. */
  rows: SheetRow[];
  amendmentCount: number;
  /** Visits registered on the day after its close: not on the frozen sheet. */
  unlisted: number;
}

/** A file made for the user: fetch `/download/<ticket>`. */
export interface FileOffer {
  ticket: string;
  fileName: string;
}

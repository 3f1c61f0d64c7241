import type { LedgerField, LedgerMapping } from '../services/ledger-fields';
import type { LedgerProblem } from '../services/ledger-rows';

/** A file made for the supervisor, fetched from `/download/<ticket>`. */
export interface ExportResult {
  ticket: string;
  fileName: string;
  rows: number;
}

export interface ImportColumn {
  /** 0-based, as the mapping names it. */
  index: number;
  /** The header as written in the file ('' when the cell is empty). */
  header: string;
  /** The first few values under it, for the person choosing the mapping. */
  samples: string[];
}

/** An uploaded ledger, read: its columns and the mapping its headers suggest. */
export interface ImportFileView {
  fileName: string;
  kind: 'csv' | 'xlsx';
  columns: ImportColumn[];
  /** Data lines (the header and blank lines not counted). */
  rows: number;
  mapping: LedgerMapping;
  required: LedgerField[];
}

/** One good line of the file and where it goes; the phone masked (the file itself has it whole). */
export interface ImportLineView {
  line: number;
  outcome: 'created' | 'matched';
  name: string;
  maskedPhone: string;
  visitedAt: number;
  consultant: string | null;
  clientRef: string;
  clientName: string;
  /** Matched a client on file before this import, not one an earlier line creates. */
  onFile: boolean;
}

/** What an import does (a dry run: would do): counts, the lines, the rejected lines with their reasons. */
export interface ImportPreview {
  rows: number;
  imported: number;
  clientsCreated: number;
  clientsMatched: number;
  consultantsCreated: string[];
  rejected: LedgerProblem[];
  rejectedTotal: number;
  /** The first lines, in the file's order; `linesTotal` says how many there are. */
  lines: ImportLineView[];
  linesTotal: number;
  written: boolean;
}

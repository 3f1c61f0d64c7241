import type { OfficePolicy } from '../domain/policy';
import type { RulesText } from '../domain/rules-text';
import type { ConsultantCard } from './types';

export type { RulesText };

/** What the departure dialog needs: how many clients move, what the office's rule proposes, who may take over. */
export interface DeparturePreview {
  consultantId: number;
  name: string;
  clientCount: number;
  rule: OfficePolicy['ownership.departed'];
  /** Active consultants other than the departing one, in the staff order. */
  successors: ConsultantCard[];
}

/** The office as printed on its documents: the daily sheet, the rules page. */
export interface OfficeProfile {
  officeName: string;
  projectName: string;
  sheetOrientation: 'portrait' | 'landscape';
  /** Minutes without a touch before a supervisor or consultant screen returns to the receptionist's view. */
  idleMinutes: number;
}

/** 客户归属与接待规则 for reading at the desk, in both languages. */
export interface RulesView {
  officeName: string;
  projectName: string;
  zh: RulesText;
  en: RulesText;
}

/** The same page ready to print: the preview iframe and the system print dialog take the HTML. */
export interface RulesPage {
  html: string;
  rules: RulesText;
}

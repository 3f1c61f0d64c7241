import type { ClashKind } from '../domain/disputes/clash-types';
import type { RulingAction } from '../domain/disputes/ruling';
import type { Share } from '../domain/disputes/split';
import type { SplitChoice, SplitPolicy, SplitPreset } from '../domain/policy';
import type { Reason } from '../domain/reasons';

export interface PersonRef {
  id: number;
  name: string;
}

export interface ClientRef {
  id: number;
  ref: string;
  name: string;
}

export interface EvidenceVisitView {
  visitId: number;
  at: number;
  complete: boolean;
  /** Null for a ledger import, which names no receiver. */
  receivedBy: string | null;
}

export interface EvidenceFollowUpView {
  id: number;
  at: number;
  consultant: string;
  channel: string;
  content: string;
  /** Logged in the protection period before the clash. */
  withinProtection: boolean;
}

export interface ClashSideView {
  consultant: PersonRef;
  client: ClientRef;
  maskedPhones: string[];
  firstRegisteredAt: number | null;
  visits: EvidenceVisitView[];
  followUps: EvidenceFollowUpView[];
}

/** 撞单: a probable clash with both sides' evidence and the rules' suggestion. */
export interface ClashView {
  key: string;
  kind: ClashKind;
  at: number;
  sides: [ClashSideView, ClashSideView];
  reasons: Reason[];
  suggestion: { owner: PersonRef | null; reasons: Reason[] };
}

/** A filed ruling: who decided, when, why, what it did, and the clash as it stood. */
export interface RulingView {
  id: number;
  /** R00001: the number printed on the ruling and said at the desk. */
  number: string;
  clashKey: string;
  kind: ClashKind;
  action: RulingAction['kind'];
  client: ClientRef | null;
  owner: PersonRef;
  other: PersonRef;
  note: string;
  decidedBy: PersonRef;
  decidedAt: number;
  reasons: Reason[];
  clash: ClashView;
}

export interface ShareView {
  consultant: PersonRef;
  role: Share['role'];
  /** Basis points: 10 000 = 100%. */
  bp: number;
  fraction: [number, number];
  /** "50%", "2/3". */
  label: string;
  amountFen: number | null;
}

/** The split the rules give a sale before it is written: the preset in force, the shares and why. */
export interface SplitPreview {
  client: ClientRef & { owner: PersonRef | null };
  closer: PersonRef;
  preset: { id: SplitChoice['preset']; zh: string; en: string };
  ownerProtected: boolean;
  ownerFollowUps: number;
  shares: ShareView[];
  reasons: Reason[];
}

export interface SaleView {
  id: number;
  client: ClientRef | null;
  soldOn: string;
  unit: string | null;
  amountFen: number | null;
  closer: PersonRef;
  owner: PersonRef | null;
  overridden: boolean;
  note: string | null;
  recordedBy: PersonRef;
  recordedAt: number;
  shares: ShareView[];
  reasons: Reason[];
}

export interface SplitPolicyView {
  choice: SplitChoice;
  resolved: SplitPolicy;
  presets: (SplitPreset & { resolved: SplitPolicy })[];
}

/** 公海: a client no consultant holds. */
export interface PoolClientView {
  client: ClientRef;
  maskedPhones: string[];
  owner: PersonRef | null;
  endedAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  reasons: Reason[];
}

/** One of the consultant's clients whose protection ends before the week is out. */
export interface LapsingClient {
  client: ClientRef;
  maskedPhones: string[];
  protectedUntil: number;
  lastFollowUpAt: number | null;
}

/** A printable document (the ruling, 裁定书): shown in an iframe and printed in the system dialog. */
export interface DocumentView {
  html: string;
}

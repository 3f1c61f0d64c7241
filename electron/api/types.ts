import type { AssignMode } from '../domain/day-events';
import type { PolicyChoice, Preset, OfficePolicy } from '../domain/policy';
import type { ConsultantStatus, DirectedKind, Reason } from '../domain/reasons';
import type { StaffRole } from '../domain/roles';

export type { AssignMode, ConsultantStatus, DirectedKind, PolicyChoice, Preset, Reason, OfficePolicy };
export type Role = StaffRole;

/** What anyone at the desk may see of a consultant. */
export interface ConsultantCard {
  id: number;
  name: string;
  initials: string;
  photo: string | null;
  role: Role;
}

/** What the supervisor manages. */
export interface StaffMember extends ConsultantCard {
  phone: string | null;
  active: boolean;
  createdAt: number;
  departedAt: number | null;
  /** Who took over the clients on departure; null for the office pool (or while on the books). */
  successor: { id: number; name: string } | null;
  /** How many clients the departure handed on (to the successor or the pool). */
  clientsMoved: number;
}

export interface BoardMember extends ConsultantCard {
  status: ConsultantStatus;
  statusSince: number;
  receptions: number;
  lunchDuty: boolean;
  /** 1-based place in the rotation; null when on leave. */
  position: number | null;
}

/** A visitor as a public screen may show them: the day's number and a masked name (张*), never the phone. */
export interface VisitorTag {
  sequence: number;
  maskedName: string | null;
}

export interface BoardVisitor {
  visitId: number;
  visitor: VisitorTag;
  arrivedAt: number;
  directedTo: string | null;
  reasons: Reason[];
}

export interface BoardAssignment {
  visitId: number;
  visitor: VisitorTag;
  at: number;
  receivedBy: string;
  owner: string;
  mode: AssignMode;
  turnConsumed: boolean;
  standIn: boolean;
  reasons: Reason[];
}

export interface OwnerNotice {
  visitId: number;
  at: number;
  consultantId: number;
  consultantName: string;
  receivedBy: string;
  visitor: VisitorTag;
}

export interface Board {
  day: string;
  /** The office's IANA time zone: every time on the board is shown in it, wherever the screen is. */
  timeZone: string;
  officeName: string;
  now: number;
  version: number;
  suspended: boolean;
  inLunch: boolean;
  lunch: { from: string; to: string } | null;
  preset: { id: string; zh: string; en: string };
  next: BoardMember | null;
  queue: BoardMember[];
  onLeave: BoardMember[];
  waiting: BoardVisitor[];
  recent: BoardAssignment[];
  notices: OwnerNotice[];
  /** Owners whose client is here, until each acknowledges. */
  alerts: OwnerAlert[];
  receptionsToday: number;
}

export interface ArrivalDecision {
  visitId: number;
  waiting: boolean;
  receivedBy: ConsultantCard | null;
  owner: ConsultantCard | null;
  turnConsumed: boolean;
  standIn: boolean;
  reasons: Reason[];
}

export interface StatusResult {
  status: ConsultantStatus;
  position: number | null;
  reasons: Reason[];
}

export interface Session {
  token: string;
  consultant: ConsultantCard;
  /** The methods this person's role may call: the screen shows only the tabs they can use. */
  methods: string[];
}

export interface Roster {
  day: string;
  /** What the roster looked like when read; a save based on another stamp is refused as stale. */
  stamp: string;
  consultants: ConsultantCard[];
  order: number[];
  off: number[];
  lunchDuty: number[];
  lunch: { from: string; to: string } | null;
  standingOrder: number[];
}

/** A preset with every setting it ends up with, so a screen can show what choosing it means. */
export interface PresetView extends Preset {
  resolved: OfficePolicy;
}

export interface PolicyView {
  choice: PolicyChoice;
  resolved: OfficePolicy;
  presets: PresetView[];
}

export interface DayLogEntry {
  id: number;
  at: number;
  type: string;
  actor: string | null;
  summary: { zh: string; en: string };
  reasons: Reason[];
}

export interface SetupState {
  needsSetup: boolean;
  officeName: string;
  /** Minutes before an idle signed-in screen returns to the receptionist's view (案场设置). */
  idleMinutes: number;
}

/** A probable returning client as the receptionist sees it beside the form. */
export interface CandidateView {
  clientId: number;
  ref: string;
  name: string;
  /** 138****5678: the full number is never needed to recognise a client. */
  maskedPhones: string[];
  owner: ConsultantCard | null;
  ownerActive: boolean;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  protectedUntil: number | null;
  isProtected: boolean;
  level: 'strong' | 'possible';
  score: number;
  household: boolean;
  reasons: Reason[];
}

/** What would happen if the receptionist confirmed now: nothing is written. */
export interface CheckInPreview {
  returning: boolean;
  client: CandidateView | null;
  owner: ConsultantCard | null;
  receivedBy: ConsultantCard | null;
  waiting: boolean;
  standIn: boolean;
  turnConsumed: boolean;
  reasons: Reason[];
  /** Things the visitor said that the record overrules (noted, not obeyed). */
  notes: Reason[];
}

export interface CheckInResult extends ArrivalDecision {
  returning: boolean;
  clientRef: string | null;
  /** The three basics are there: the registration is evidence of ownership. */
  complete: boolean;
  /** What the registration still lacks, in plain words, until it is completed. */
  missing: string[];
  notes: Reason[];
}

export interface RegistrationView {
  visitId: number;
  day: string;
  arrivedAt: number;
  visitor: VisitorTag;
  name: string | null;
  maskedPhone: string | null;
  receivedBy: string | null;
  complete: boolean;
  missing: string[];
  /** The visitor's answer to the PIPL notice; null: not recorded (before consent was asked, or imported). */
  consent: 'given' | 'declined' | null;
}

export interface FollowUpView {
  id: number;
  at: number;
  channel: 'phone' | 'wechat' | 'sms' | 'visit';
  content: string;
  reaction: string | null;
  consultant: string;
}

/** A consultant's own client, with how long they stay protected. */
export interface MyClient {
  clientId: number;
  ref: string;
  name: string;
  maskedPhones: string[];
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  protectedUntil: number | null;
  isProtected: boolean;
  /** Protection ends within three days: follow up now. */
  endsSoon: boolean;
}

/** 您的客户到访: shown on the owner's card until they acknowledge it with their PIN. */
export interface OwnerAlert {
  alertId: number;
  consultantId: number;
  /** returning: your client is here; lapsed: your client is here, but their protection has lapsed. */
  kind: 'returning' | 'lapsed';
  visitId: number;
  at: number;
  visitor: VisitorTag;
  maskedPhone: string | null;
  partySize: number;
  receivedBy: string | null;
}

import type { AssignMode } from '../domain/day-events';
import type { PolicyChoice, Preset, OfficePolicy } from '../domain/policy';
import type { ConsultantStatus, DirectedKind, Reason } from '../domain/reasons';

export type { AssignMode, ConsultantStatus, DirectedKind, PolicyChoice, Preset, Reason, OfficePolicy };
export type Role = 'consultant' | 'supervisor';

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
}
